package org.ticketgrid.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The structure rules every module of ours keeps (ADR 0030): feature packages under a root form no
 * cycle, {@code platform} depends on no feature, and the generated feature map under
 * {@code docs/modules/} matches the code. Each module's {@code ArchitectureTest} adds its own
 * directions on top.
 */
public final class FeatureRules {

    private final String root;
    private final JavaClasses classes;

    private FeatureRules(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The calling module's main classes only ({@code target/classes}), features under {@code root}. */
    public static FeatureRules ofThisModule(String root) {
        return new FeatureRules(root, new ClassFileImporter().importPath(Path.of("target", "classes")));
    }

    public JavaClasses classes() {
        return classes;
    }

    public void featuresFormNoCycle() {
        slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    public void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage(root + ".platform..")
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAPackage(root + ".platform.."))))
                .check(classes);
    }

    /**
     * Null when {@code docs/modules/<module>.md} is current; otherwise what differs (or, with
     * {@code -Dtg.docs.write=true}, the page is rewritten).
     */
    public String featureMapDifference(String module, String intro) throws IOException {
        String page = FeatureMap.of(classes, root).markdown(module, intro);
        return FeatureMap.checkOrWrite(Path.of("..", "docs", "modules", module + ".md"), page);
    }
}
