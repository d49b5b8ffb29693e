package vn.lamtheo.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of DESIGN.md: shared-kernel knows no context, and the two contexts talk only through
 * what shared-kernel publishes. The application classes ({@code vn.lamtheo.LamtheoApplication},
 * {@code vn.lamtheo.registryapp}) wire everything together and are exempt.
 */
@AnalyzeClasses(packages = "vn.lamtheo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule kernelKnowsNoContext = noClasses().that().resideInAPackage("vn.lamtheo.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.pledge..", "vn.lamtheo.model..", "vn.lamtheo.registryapp..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.lamtheo.LamtheoApplication")
            .because("shared-kernel is what the contexts share, so it cannot depend on any of them");

    @ArchTest
    static final ArchRule pledgesDoNotReachIntoModels = noClasses().that().resideInAPackage("vn.lamtheo.pledge..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.model..", "vn.lamtheo.registryapp..")
            .allowEmptyShould(true)
            .because("the pledge context sees models only through events and ids published in shared-kernel");

    @ArchTest
    static final ArchRule modelsDoNotReachIntoPledges = noClasses().that().resideInAPackage("vn.lamtheo.model..")
            .should().dependOnClassesThat().resideInAPackage("vn.lamtheo.pledge..")
            .allowEmptyShould(true)
            .because("the model registry runs on its own too, without the pledge context");
}
