package io.clientele;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature structure honest: the shared kit knows no feature, features reach each other only
 * through services (never another feature's repositories or views), and services never depend on the UI.
 */
class ArchitectureTest {
    /** Business features; base and the platform (security, tenant, audit, messaging) sit below them. */
    private static final String[] FEATURES = {"..account..", "..customer..", "..directory..", "..organization..",
            "..pricesheet..", "..portal..", "..demo..", "..benchmark.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.clientele");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void theSharedKitKnowsNoFeature() {
        check(noClasses().that().resideInAPackage("io.clientele.base..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("every list and page is built from base, so base must not depend on what is built from it"));
    }

    @Test
    void servicesAndEntitiesDoNotDependOnTheUi() {
        check(noClasses().that().resideOutsideOfPackages("..ui..", "io.clientele.security", "io.clientele")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
                .because("services are called by views, the REST API and jobs alike"));
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        check(classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("another feature reads through the owning service, which checks roles and tenant"));
        check(noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class));
    }

    @Test
    void viewsDoNotQueryEntitiesThemselves() {
        check(noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("views go through services"));
    }

    @Test
    void entitiesAreNotCreatedOutsideTheirFeature() {
        // A customer account is a BUSINESS customer (DESIGN.md), so the account feature creates customers too.
        Map<String, String> alsoAllowed = Map.of("customer", "io.clientele.account..");
        for (String feature : new String[] {"account", "customer", "directory", "organization", "pricesheet", "tenant",
                "audit"}) {
            String pkg = "io.clientele." + feature;
            check(noClasses().that().resideOutsideOfPackages(pkg + "..", "io.clientele.demo..",
                            alsoAllowed.getOrDefault(feature, pkg + ".."))
                    .should().callConstructorWhere(DescribedPredicate.describe("an entity of " + pkg,
                            call -> call.getTargetOwner().isAnnotatedWith(Entity.class)
                                    && call.getTargetOwner().getPackageName().equals(pkg)))
                    .as("only " + feature + " (and demo data) creates " + feature + "'s entities"));
        }
    }

    /**
     * Below the UI the business features form no cycle. Pages may compose several features (a company page shows
     * its price sheets), and the platform packages (base, security, tenant, audit, messaging) are one layer.
     */
    @Test
    void featuresFormNoCyclesBelowTheUi() {
        Set<String> features = Set.of("account", "customer", "directory", "organization", "pricesheet", "portal");
        check(slices().matching("io.clientele.(*)..")
                .that(DescribedPredicate.describe("business features", slice -> features.contains(slice.getNamePart(1))))
                .should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("..ui.."), DescribedPredicate.alwaysTrue()));
    }
}
