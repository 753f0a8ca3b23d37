package id.timpora.subject;

import id.timpora.support.IntegrationTest;
import id.timpora.support.TestReports;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Each subject test works in a kecamatan of its own, with accounts of agencies that cover it (or not). */
abstract class SubjectTestBase extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    Sightings sightings;
    /** This test's kecamatan and a desa in it. */
    String district;

    String village;

    @BeforeEach
    void ownDistrict() {
        sightings = new Sightings(jdbc, events, transaction);
        district = sightings.freshDistrict();
        village = sightings.villageIn(district);
    }

    /** An account of a new agency whose jurisdiction is the given regions (officers work for Imigrasi). */
    String account(String role, String... regionCodes) {
        long agency = agencies.create(role.equals("OFFICER") ? "IMIGRASI" : "KESBANGPOL", "KECAMATAN", regionCodes);
        return accounts.create(role, agency);
    }

    String nationalAccount(String role) {
        return accounts.create(role, agencies.create("IMIGRASI", "PUSAT"));
    }

    /** A report of a person seen in a desa; the report service would have normalised the passport already. */
    TestReports.Builder person(String reporter, String villageCode, String name, String nationality, String passport) {
        return reports.by(reporter, villageCode)
                .set("full_name", name)
                .set("nationality", nationality)
                .set("passport_number", passport);
    }

    long auditRows(String action, String targetType, Object targetId, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and target_type = ? and target_id = ? and actor = ?",
                Long.class,
                action,
                targetType,
                String.valueOf(targetId),
                actor);
    }

    /** Another kecamatan, unused by any other test, with a desa in it. */
    String[] elsewhere() {
        String other = sightings.freshDistrict();
        return new String[] {other, sightings.villageIn(other)};
    }
}
