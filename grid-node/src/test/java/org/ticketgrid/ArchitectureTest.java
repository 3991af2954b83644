package org.ticketgrid;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.ticketgrid.testing.FeatureRules;

/**
 * The grid node's structure, checked on every build: features ({@code inventory}, {@code holds})
 * form no cycle; {@code platform} (map names, serializer helpers, JDBC) depends on no feature;
 * features do not know the member's wiring ({@code grid}); the domain rules are plain Java.
 * The feature map in {@code docs/modules/grid-node.md} is generated from the same classes.
 */
class ArchitectureTest {

    private static final String ROOT = "org.ticketgrid";
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
    void featuresDoNotKnowTheMemberWiring() {
        noClasses().that().resideInAnyPackage(ROOT + ".inventory..", ROOT + ".holds..", ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".grid..")
                .check(CLASSES);
    }

    @Test
    void inventoryDoesNotKnowHolds() {
        noClasses().that().resideInAPackage(ROOT + ".inventory..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".holds..")
                .check(CLASSES);
    }

    @Test
    void domainRulesArePlainJava() {
        // the records and rules at the top of each feature; entry processors (ep), serializers and
        // stores are the Hazelcast adapters around them
        noClasses().that().resideInAnyPackage(ROOT + ".inventory", ROOT + ".holds.quota")
                .should().dependOnClassesThat().resideInAnyPackage("com.hazelcast..", "org.springframework..",
                        "java.sql..")
                .check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
    }

    @Test
    void featureMapIsCurrent() throws Exception {
        assertThat(RULES.featureMapDifference("grid-node",
                "Each box is a feature package under `org.ticketgrid` in `grid-node/`; an arrow means \"uses\". "
                        + "`grid` is the member's wiring (config, serialization, map stores); `platform` holds "
                        + "what every feature shares (map names, serializer helpers, JDBC). `ArchitectureTest` keeps "
                        + "this graph free of cycles.")).isNull();
    }
}
