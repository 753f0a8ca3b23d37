package id.timpora;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.Entity;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Keeps the package-by-feature design honest. */
@AnalyzeClasses(packages = "id.timpora", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<String> FEATURES = List.of(
            "account",
            "agency",
            "audit",
            "dashboard",
            "intake",
            "meeting",
            "notification",
            "organisation",
            "partner",
            "region",
            "report",
            "subject");

    private static final String FEATURE_WEB =
            "id.timpora.(account|agency|audit|dashboard|intake|meeting|notification|organisation|partner|region|report|subject).web..";

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching("id.timpora.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule infrastructureKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("id.timpora.infrastructure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "id.timpora.account..",
                    "id.timpora.agency..",
                    "id.timpora.audit..",
                    "id.timpora.dashboard..",
                    "id.timpora.intake..",
                    "id.timpora.meeting..",
                    "id.timpora.notification..",
                    "id.timpora.organisation..",
                    "id.timpora.partner..",
                    "id.timpora.region..",
                    "id.timpora.report..",
                    "id.timpora.subject..");

    @ArchTest
    static final ArchRule onlyAFeaturesOwnWebPartUsesIt = noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(FEATURE_WEB)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule webPartsOfFeaturesDoNotUseEachOther = CompositeArchRule.of(FEATURES.stream()
            .map(feature -> (ArchRule) noClasses()
                    .that()
                    .resideInAPackage("id.timpora." + feature + ".web..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(FEATURES.stream()
                            .filter(other -> !other.equals(feature))
                            .map(other -> "id.timpora." + other + ".web..")
                            .toArray(String[]::new))
                    .allowEmptyShould(true))
            .toList());

    @ArchTest
    static final ArchRule controllersAreThinAndPackagePrivate = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic()
            .andShould()
            .resideInAPackage("..web..");

    /** Feature cores and cross-cutting code below the web layer never reach up into it. */
    @ArchTest
    static final ArchRule nonWebCodeNeverUsesWebCode = noClasses()
            .that()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("id.timpora.infrastructure.web..", FEATURE_WEB);

    /** The shared vocabulary (refusals, labels, zones) stands on its own: every layer may use it. */
    @ArchTest
    static final ArchRule sharedVocabularyDependsOnNothingOfOurs = classes()
            .that()
            .resideInAPackage("id.timpora.common..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("id.timpora.common..", "java..", "org.springframework.validation..");

    /**
     * One way to talk to the database: features use {@code JdbcClient} with named parameters and the persistence
     * toolkit, never {@code JdbcTemplate}'s positional arguments. Only infrastructure may reach below the client (and
     * the Java migrations in {@code db.migration}, which are outside {@code id.timpora}).
     */
    @ArchTest
    static final ArchRule featuresUseJdbcClientNotJdbcTemplate = noClasses()
            .that()
            .resideOutsideOfPackage("id.timpora.infrastructure..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcOperations.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(NamedParameterJdbcOperations.class);

    @ArchTest
    static final ArchRule entitiesStayOutOfTheWebLayer = noClasses()
            .that()
            .resideInAPackage(FEATURE_WEB)
            .should()
            .dependOnClassesThat()
            .areAnnotatedWith(Entity.class);

    /** Every node schedules every job; the lock (infrastructure/scheduling) makes one of them run it. */
    @ArchTest
    static final ArchRule scheduledJobsRunOnceAcrossNodes = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .because("a job without the lock runs on every node (see infrastructure/scheduling/Scheduling)");
}
