package id.timpora.agency;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query(
            "select count(a) > 0 from Agency a where lower(a.name) = lower(:name) and (:exceptId is null or a.id <> :exceptId)")
    boolean nameTaken(String name, Long exceptId);

    @EntityGraph(attributePaths = "regionCodes")
    @Query("select a from Agency a where a.id = :id")
    Optional<Agency> findWithRegions(long id);
}
