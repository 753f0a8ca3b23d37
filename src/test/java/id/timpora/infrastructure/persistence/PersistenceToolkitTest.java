package id.timpora.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.common.EditConflict;
import id.timpora.support.IntegrationTest;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The persistence toolkit against a real PostgreSQL: named fragments, escaped text, budgets and capped counts. */
class PersistenceToolkitTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    TimeBudget budget;

    @Autowired
    CappedCount cappedCount;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void fragmentsCarryTheirValuesAndRefuseAClashingName() {
        SqlFragment joined =
                SqlFragment.join(" and ", List.of(SqlFragment.of("a = :x", "x", 1), SqlFragment.of("b = :y", "y", 2)));

        assertThat(joined.text()).isEqualTo("a = :x and b = :y");
        assertThat(joined.parameters()).containsEntry("x", 1).containsEntry("y", 2);
        assertThat(SqlFragment.of("a = :x", "x", new String[] {"61"})
                        .plus(SqlFragment.of(" or b = any(:x)", "x", new String[] {"61"}))
                        .parameters())
                .hasSize(1);
        assertThatThrownBy(() -> SqlFragment.of("a = :x", "x", 1).plus(SqlFragment.of(" or b = :x", "x", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arraysBindAsPostgresArraysAndUnsetConditionsAreLeftOut() {
        SqlFragment where = Conditions.where()
                .and(SqlFragment.of("code = any(:codes)", "codes", new String[] {"61", "51"}))
                .equal("code", "unset", null)
                .contains("lower(name)", "name", "  ")
                .toWhere();

        List<String> codes = SqlFragment.of("select code from region")
                .plus(where)
                .plus(" order by code")
                .on(jdbcClient)
                .query(String.class)
                .list();

        assertThat(codes).containsExactly("51", "61");
    }

    @Test
    void likeTextMatchesOnlyItselfWhateverItHolds() {
        jdbc.execute("drop table if exists toolkit_words; create table toolkit_words (word text)");
        jdbc.update("insert into toolkit_words values ('100% Bali'), ('1000 Bali'), ('a_b'), ('axb'), ('ISTANBUL')");

        assertThat(matching("0%")).containsExactly("100% Bali");
        assertThat(matching("a_b")).containsExactly("a_b");
        assertThat(matching("istanbul")).containsExactly("ISTANBUL");
        assertThat(Conditions.containsPattern(" İSTANBUL ")).isEqualTo("%i̇stanbul%");
    }

    private List<String> matching(String text) {
        return SqlFragment.of("select word from toolkit_words")
                .plus(Conditions.where().contains("lower(word)", "q", text).toWhere())
                .on(jdbcClient)
                .query(String.class)
                .list();
    }

    @Test
    void enumArraysReadBackInStoredOrderOrAsSets() {
        List<Collection<Thread.State>> read = SqlFragment.of(
                        "select :names::varchar[] as kinds, null::varchar[] as none",
                        "names",
                        Rows.names(List.of(Thread.State.WAITING, Thread.State.NEW)))
                .on(jdbcClient)
                .query((rs, i) -> List.of(
                        Rows.enumList(rs, "kinds", Thread.State.class),
                        Rows.enumSet(rs, "kinds", Thread.State.class),
                        Rows.enumSet(rs, "none", Thread.State.class)))
                .single();

        assertThat(read.get(0)).isEqualTo(List.of(Thread.State.WAITING, Thread.State.NEW));
        assertThat(read.get(1)).isEqualTo(EnumSet.of(Thread.State.NEW, Thread.State.WAITING));
        assertThat(read.get(2)).isEqualTo(EnumSet.noneOf(Thread.State.class));
        assertThat(Rows.enumSet(new String[] {"BLOCKED"}, Thread.State.class)).containsExactly(Thread.State.BLOCKED);
    }

    @Test
    void aStatementOverItsBudgetAnswersNullAndTheTransactionGoesOn() {
        Object[] results = transactions.execute(status -> new Object[] {
            budget.within("slow", 20, () -> jdbcClient
                    .sql("select pg_sleep(1)")
                    .query(String.class)
                    .single()),
            jdbcClient.sql("select 42").query(Integer.class).single()
        });

        assertThat(results[0]).isNull();
        assertThat(results[1]).isEqualTo(42);
    }

    @Test
    void countsStopAtTheCap() {
        long all = transactions.execute(status -> cappedCount.countWithinBudget(
                "regions", SqlFragment.of(" from region where length(code) = :length", "length", 13)));
        long few = cappedCount.count(SqlFragment.of(" from region where length(code) = :length", "length", 2));

        assertThat(all).isEqualTo(CappedCount.LIMIT);
        assertThat(few).isEqualTo(38);
    }

    @Test
    void aVersionedUpdateOfAChangedRowIsAConflict() {
        jdbc.execute("drop table if exists toolkit_versioned; create table toolkit_versioned (id int, version int)");
        jdbc.update("insert into toolkit_versioned values (1, 3)");
        SqlFragment update = SqlFragment.of(
                "update toolkit_versioned set version = version + 1 where id = :id and version = :version",
                "id",
                1,
                "version",
                3);

        VersionedUpdate.apply(jdbcClient, update);

        assertThatThrownBy(() -> VersionedUpdate.apply(jdbcClient, update)).isInstanceOf(EditConflict.class);
        assertThat(jdbc.queryForObject("select version from toolkit_versioned where id = 1", Integer.class))
                .isEqualTo(4);
    }
}
