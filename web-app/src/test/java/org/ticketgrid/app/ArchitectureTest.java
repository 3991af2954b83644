package org.ticketgrid.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.ticketgrid.testing.FeatureRules;

/**
 * The web app's structure, checked on every build: features ({@code org.ticketgrid.app.<feature>})
 * form no cycle, {@code platform} depends on no feature, and the few directions that keep features
 * apart hold. The feature map in {@code docs/modules/web-app.md} is generated from the same classes.
 */
class ArchitectureTest {

    private static final String ROOT = "org.ticketgrid.app";
    private static final FeatureRules RULES = FeatureRules.ofThisModule(ROOT);
    private static final JavaClasses CLASSES = RULES.classes();

    @Test
    void featuresFormNoCycle() {
        RULES.featuresFormNoCycle();
    }

    @Test
    void platformDependsOnNoFeature() {
        RULES.platformDependsOnNoFeature();
    }

    @Test
    void paymentsDoNotKnowWhatIsBought() {
        // payments calls back through an interface it owns; orders, refunds and checkout use payments
        noClasses().that().resideInAPackage(ROOT + ".payments..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".orders..", ROOT + ".refunds..",
                        ROOT + ".checkout..", ROOT + ".holds..")
                .check(CLASSES);
    }

    @Test
    void catalogAndHoldsDoNotKnowOrders() {
        // the catalog (events, venues, the grid inventory it publishes) is below everything that sells
        noClasses().that().resideInAPackage(ROOT + ".catalog..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".holds..", ROOT + ".orders..",
                        ROOT + ".checkout..", ROOT + ".payments..", ROOT + ".refunds..", ROOT + ".eventpage..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".holds..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".orders..", ROOT + ".checkout..",
                        ROOT + ".payments..", ROOT + ".refunds..")
                .check(CLASSES);
    }

    @Test
    void ordersDoNotKnowTheirPagesOrRefunds() {
        noClasses().that().resideInAPackage(ROOT + ".orders..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".checkout..", ROOT + ".refunds..",
                        ROOT + ".reconciliation..")
                .check(CLASSES);
    }

    @Test
    void useCasesDoNotDependOnAdapters() {
        noClasses().that().resideInAPackage(ROOT + ".*.usecase..")
                .should().dependOnClassesThat(resideInAnyPackage(ROOT + ".*.web..", ROOT + ".*.api..")
                        .and(resideInAPackage(ROOT + "..")))
                .check(CLASSES);
    }

    @Test
    void featureMapIsCurrent() throws Exception {
        assertThat(RULES.featureMapDifference("web-app",
                "Each box is a feature package under `org.ticketgrid.app`; an arrow means \"uses\". "
                        + "`ArchitectureTest` keeps this graph free of cycles.")).isNull();
    }
}
