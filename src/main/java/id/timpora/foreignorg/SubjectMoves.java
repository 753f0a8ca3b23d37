package id.timpora.foreignorg;

import id.timpora.subject.SubjectsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the register's people and permits on the kept subject when two registry persons are merged. */
@Component
class SubjectMoves {

    private final JdbcClient jdbc;

    SubjectMoves(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onMerge(SubjectsMerged merged) {
        jdbc.sql(
                        """
                        insert into foreign_person (organisation_id, subject_id, role, note, created_by, created_at)
                        select organisation_id, :kept, role, note, created_by, created_at from foreign_person
                         where subject_id = :other on conflict do nothing""")
                .param("kept", merged.keptId())
                .param("other", merged.otherId())
                .update();
        jdbc.sql("delete from foreign_person where subject_id = :other")
                .param("other", merged.otherId())
                .update();
        jdbc.sql("update journalist_permit set subject_id = :kept where subject_id = :other")
                .param("kept", merged.keptId())
                .param("other", merged.otherId())
                .update();
    }
}
