package io.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * Keeps the package-by-feature structure honest: the shared kit knows no feature, features reach each other only
 * through services (never another feature's repositories or views), services never depend on the UI, and the
 * packages form no cycle below the UI. The packages are found, not listed, so a new one is covered from the start.
 */
class ArchitectureTest {
    /**
     * What every page stands on: who is signed in (security), in which tenant (tenant), and the trail of what they
     * did (audit). The three need each other, so the cycle rule sees them as one layer.
     */
    private static final Set<String> PLATFORM = Set.of("security", "tenant", "audit");

    private static JavaClasses classes;
    /** Every top-level package under io.clientele. */
    private static Set<String> packages;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.clientele");
        packages = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("io.clientele."))
                .map(p -> p.split("\\.")[2])
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void everyPackageIsFound() {
        assertThat(packages)
                .contains("base", "customer", "savedview", "impersonation", "trash")
                .hasSizeGreaterThan(20);
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    /** The kit's layout shows who is signed in and where: security and tenant are all base may use. */
    @Test
    void theSharedKitKnowsNoFeature() {
        String[] features = packages.stream()
                .filter(p -> !Set.of("base", "security", "tenant").contains(p))
                .map(p -> "io.clientele." + p + "..")
                .toArray(String[]::new);
        check(noClasses()
                .that()
                .resideInAPackage("io.clientele.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(features)
                .because("every list and page is built from base, so base must not depend on what is built from it"));
    }

    @Test
    void servicesAndEntitiesDoNotDependOnTheUi() {
        // The web security configuration names the login view; nothing else below the UI knows a view.
        check(noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "io.clientele")
                .and()
                .doNotHaveFullyQualifiedName("io.clientele.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
                .because("services are called by views, the REST API and jobs alike"));
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        // A @NoRepositoryBean is a base other repositories extend (the label catalogs'), never a bean to inject.
        check(classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areNotAnnotatedWith(NoRepositoryBean.class)
                .should()
                .notBePublic()
                .because("another feature reads through the owning service, which checks roles and tenant"));
        check(noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class));
    }

    @Test
    void viewsDoNotQueryEntitiesThemselves() {
        check(noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("views go through services"));
    }

    @Test
    void entitiesAreNotCreatedOutsideTheirFeature() {
        // A customer account is a BUSINESS customer (docs/architecture.md), so the account feature creates
        // customers too.
        Map<String, String> alsoAllowed = Map.of("customer", "io.clientele.account..");
        for (String feature :
                new String[] {"account", "customer", "directory", "organization", "pricesheet", "tenant", "audit"}) {
            String pkg = "io.clientele." + feature;
            check(noClasses()
                    .that()
                    .resideOutsideOfPackages(
                            pkg + "..", "io.clientele.demo..", alsoAllowed.getOrDefault(feature, pkg + ".."))
                    .should()
                    .callConstructorWhere(DescribedPredicate.describe(
                            "an entity of " + pkg,
                            call -> call.getTargetOwner().isAnnotatedWith(Entity.class)
                                    && call.getTargetOwner().getPackageName().equals(pkg)))
                    .as("only " + feature + " (and demo data) creates " + feature + "'s entities"));
        }
    }

    /**
     * Below the UI the packages form no cycle (the platform counted as one). Pages may compose several features (a
     * company page shows its price sheets), so dependencies from views are left out.
     */
    @Test
    void packagesFormNoCyclesBelowTheUi() {
        check(slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass c) {
                        String[] parts = c.getPackageName().split("\\.");
                        if (parts.length < 3 || c.getPackageName().contains(".ui")) {
                            return SliceIdentifier.ignore();
                        }
                        return SliceIdentifier.of(PLATFORM.contains(parts[2]) ? "platform" : parts[2]);
                    }

                    @Override
                    public String getDescription() {
                        return "top-level packages below the UI, the platform as one";
                    }
                })
                .should()
                .beFreeOfCycles());
    }
}
