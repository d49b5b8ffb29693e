package vn.lamtheo.pledge;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The pledge domain (commands, aggregate, template check) is plain Java: no Spring, no web, no MongoDB. */
@AnalyzeClasses(packages = "vn.lamtheo.pledge", importOptions = ImportOption.DoNotIncludeTests.class)
class PledgeArchitectureTest {

    @ArchTest
    static final ArchRule domainHasNoSpring = noClasses()
            .that().resideInAnyPackage("vn.lamtheo.pledge.command..", "vn.lamtheo.pledge.api..", "vn.lamtheo.pledge.template..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                    "jakarta.servlet..", "vn.lamtheo.pledge.web..", "vn.lamtheo.pledge.application..")
            .because("decisions are plain Java, tested with Axon fixtures; Spring and storage stay outside");

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
