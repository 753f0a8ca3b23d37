package id.timpora.agency;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    @EntityGraph(attributePaths = "memberAgencyIds")
    @Query("select t from Team t where t.id = :id")
    Optional<Team> findWithMembers(long id);
}
