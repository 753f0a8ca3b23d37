package id.timpora.partner;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.organisation.OrganisationFilter;
import id.timpora.organisation.OrganisationQueries;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner list at 100,000 organisations and 300,000 notices (Kalimantan Tengah, rolled back afterwards): one page
 * for a kabupaten officer and for a national one, with the figures, the quiet filter and the count. Prints the times
 * for docs/performance.md; asserts only what the page holds (no timing asserts). Slow to set up (about a minute and a
 * half on two busy cores), so it runs only when asked: {@code ./mvnw test -Dtest=PartnerListVolumeTest
 * -Dtimpora.volume=true}.
 */
@EnabledIfSystemProperty(named = "timpora.volume", matches = "true")
class PartnerListVolumeTest extends PartnerTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    NoticeQueries queries;

    @Autowired
    OrganisationQueries organisations;

    @Test
    void aPageOfTheListAt100kOrganisations() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            long agency = agencies.create("IMIGRASI", "PROVINSI", "62");
            String regencyOfficer = accounts.create("OFFICER", agencies.create("IMIGRASI", "KABUPATEN_KOTA", "62.03"));
            String national = accounts.create("OFFICER", agencies.create("IMIGRASI", "PUSAT"));
            String author = accounts.create("OFFICER", agency);
            String desa = jdbc.queryForObject(
                    "select min(code) from region where level = 'DESA' and code like '62.03.%'", String.class);
            long report = reports.by(author, desa).insert();
            long started = System.nanoTime();
            jdbc.update(
                    """
                    insert into organisation (kind, name, region_code, province_code, regency_code, district_code,
                           address, registered_by_agency_id)
                    select (array['PENGINAPAN_HOTEL','HOMESTAY','KOS','PERUSAHAAN','SPONSOR'])[1 + g % 5],
                           'Volume ' || g, d.code, d.province_code, substr(d.code, 1, 5), substr(d.code, 1, 8),
                           'Jl. ' || g, ?
                      from generate_series(1, 100000) g
                      join (select code, province_code, row_number() over (order by code) as n
                              from region where level = 'DESA' and province_code = '62') d
                        on d.n = 1 + g % (select count(*) from region where level = 'DESA' and province_code = '62')
                    """,
                    agency);
            jdbc.update(
                    """
                    insert into partner_notice (organisation_id, kind, full_name, nationality, sex, passport_number,
                           passport_key, permit_type, check_in_at, stay_date, late, report_id, receipt_number,
                           submitted_at, submitted_by)
                    select o.id, 'TAMU', 'Tamu ' || g, 'AU', 'PEREMPUAN', 'V' || g, 'V' || g, 'TIDAK_DIKETAHUI',
                           now() - (g % 90) * interval '1 day', current_date - (g % 90), g % 7 = 0, ?, 'V/' || g,
                           now() - (g % 90) * interval '1 day', ?
                      from generate_series(1, 300000) g
                      join (select id, row_number() over (order by id) as n from organisation
                             where registered_by_agency_id = ?) o on o.n = 1 + g % 70000
                    """,
                    report, accounts.idOf(author), agency);
            System.out.printf("[partner volume] fixture inserted %d ms%n", (System.nanoTime() - started) / 1_000_000);
            jdbc.execute("analyze organisation");
            jdbc.execute("analyze partner_notice");
            System.out.printf("[partner volume] fixture %d ms%n", (System.nanoTime() - started) / 1_000_000);

            Page<PartnerRow> regency = timed(
                    "kabupaten page",
                    () -> queries.partners(
                            user(regencyOfficer),
                            new PartnerFilter(null, null, false),
                            Instant.now(),
                            PageRequest.of(0, 25)));
            Page<PartnerRow> regencyQuiet = timed(
                    "kabupaten quiet page",
                    () -> queries.partners(
                            user(regencyOfficer),
                            new PartnerFilter(null, null, true),
                            Instant.now(),
                            PageRequest.of(0, 25)));
            Page<PartnerRow> nationalPage = timed(
                    "national page",
                    () -> queries.partners(
                            user(national),
                            new PartnerFilter(null, null, false),
                            Instant.now(),
                            PageRequest.of(3, 25)));
            Page<PartnerRow> search = timed(
                    "national search",
                    () -> queries.partners(
                            user(national),
                            new PartnerFilter("volume 4242", null, false),
                            Instant.now(),
                            PageRequest.of(0, 25)));
            timed(
                    "organisation page (no figures)",
                    () -> organisations.page(user(regencyOfficer), OrganisationFilter.none(), PageRequest.of(0, 25)));

            jdbc.queryForList(
                            """
                            explain (analyze, buffers) select o.id,
                                   (select max(l.submitted_at) from partner_notice l where l.organisation_id = o.id),
                                   f.this_month
                              from organisation o cross join lateral (
                                   select count(*) filter (where m.submitted_at >= date_trunc('month', now()))
                                          as this_month
                                     from partner_notice m
                                    where m.organisation_id = o.id
                                      and m.submitted_at >= date_trunc('month', now()) - interval '1 month') f
                             where o.regency_code = '62.03' and o.kind <> all(array['LSM_ASING'])
                             order by lower(o.name), o.id limit 25""",
                            String.class)
                    .forEach(line -> System.out.println("[partner volume] " + line));
            assertThat(regency.getContent()).hasSize(25);
            assertThat(regency.getContent()).allMatch(row -> row.thisMonth() + row.lastMonth() >= 0);
            assertThat(regencyQuiet.getContent()).allMatch(PartnerRow::quiet);
            assertThat(nationalPage.getTotalElements()).isGreaterThanOrEqualTo(100_000);
            assertThat(search.getContent()).extracting(PartnerRow::name).contains("Volume 4242");
            status.setRollbackOnly();
        });
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> query) {
        query.get(); // warm
        long started = System.nanoTime();
        T result = null;
        for (int i = 0; i < 5; i++) {
            result = query.get();
        }
        System.out.printf("[partner volume] %s: %.1f ms%n", what, (System.nanoTime() - started) / 5 / 1e6);
        return result;
    }
}
