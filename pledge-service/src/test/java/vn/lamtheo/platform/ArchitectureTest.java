package vn.lamtheo.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The module boundaries of DESIGN.md: the published language (shared-kernel), the similarity engine and the platform
 * know no context, the platform's floors only look down, and the contexts talk only through what shared-kernel
 * publishes. The application classes ({@code vn.lamtheo.LamtheoApplication}, {@code vn.lamtheo.registryapp}) wire
 * everything together and are exempt. Maven already keeps a module from compiling against one above it; this test
 * sees every module at once, so it also holds for code that reaches another module by reflection or by name.
 */
@AnalyzeClasses(packages = "vn.lamtheo", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /**
     * The other modules' test fixtures reach this classpath as their test-jars (after {@code package}; as test-classes
     * folders before it). Their tests may use a module above their own (an embedded store for the similarity tests):
     * only main code stands on the floors.
     */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*"));
        }
    }

    @ArchTest
    static final ArchRule kernelKnowsNoContext = noClasses()
            .that().resideInAnyPackage("vn.lamtheo.kernel..", "vn.lamtheo.similarity..", "vn.lamtheo.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.pledge..", "vn.lamtheo.model..",
                    "vn.lamtheo.registryapp..", "vn.lamtheo.cabinet..", "vn.lamtheo.supervision..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.lamtheo.LamtheoApplication")
            .because("shared-kernel, the similarity engine and the platform are what the contexts share, so they cannot depend on any of them");

    @ArchTest
    static final ArchRule floors = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("published language").definedBy("vn.lamtheo.kernel..")
            .layer("similarity").definedBy("vn.lamtheo.similarity..")
            .layer("store").definedBy("vn.lamtheo.platform.store..", "vn.lamtheo.platform.config..")
            .layer("event store").definedBy("vn.lamtheo.platform.eventstore..")
            .layer("web").definedBy("vn.lamtheo.platform.web..", "vn.lamtheo.platform.security..",
                    "vn.lamtheo.platform.demo..", "vn.lamtheo.platform.directory..")
            .layer("pledges").definedBy("vn.lamtheo.pledge..")
            .layer("models").definedBy("vn.lamtheo.model..")
            .layer("cabinets").definedBy("vn.lamtheo.cabinet..")
            .layer("supervision").definedBy("vn.lamtheo.supervision..")
            .whereLayer("published language").mayNotAccessAnyLayer()
            .whereLayer("similarity").mayNotAccessAnyLayer()
            .whereLayer("store").mayNotAccessAnyLayer()
            .whereLayer("event store").mayOnlyAccessLayers("store")
            .whereLayer("web").mayOnlyAccessLayers("published language", "store")
            .whereLayer("pledges").mayOnlyAccessLayers("published language", "similarity", "store", "event store", "web")
            .whereLayer("models").mayOnlyAccessLayers("published language", "similarity", "store", "event store", "web")
            .whereLayer("cabinets").mayOnlyAccessLayers("published language", "similarity", "store", "event store", "web")
            .whereLayer("supervision").mayOnlyAccessLayers("published language", "store", "event store", "web")
            .because("each module stands on the ones below it (pom.xml lists them in that order) and never on one above");

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

    @ArchTest
    static final ArchRule cabinetsStandAlone = noClasses().that().resideInAPackage("vn.lamtheo.cabinet..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.pledge..", "vn.lamtheo.model..", "vn.lamtheo.supervision..")
            .allowEmptyShould(true)
            .because("the book cabinets meet the other contexts only through events published in shared-kernel");
}
