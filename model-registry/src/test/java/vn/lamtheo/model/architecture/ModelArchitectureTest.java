package vn.lamtheo.model.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The model context stays out of the pledge context, and its domain out of Spring. */
@AnalyzeClasses(packages = {"vn.lamtheo.model", "vn.lamtheo.registryapp", "vn.lamtheo.kernel.events.model"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule noPledgeInternals = noClasses().that().resideInAPackage("vn.lamtheo.model..")
            .should().dependOnClassesThat().resideInAPackage("vn.lamtheo.pledge..");

    @ArchTest
    static final ArchRule domainWithoutSpring = noClasses().that().resideInAnyPackage("vn.lamtheo.model.command..", "vn.lamtheo.model.api..",
                    "vn.lamtheo.model.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule domainWithoutReadSide = noClasses().that().resideInAnyPackage("vn.lamtheo.model.command..", "vn.lamtheo.model.api..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.model.registry..", "vn.lamtheo.model.web..",
                    "vn.lamtheo.model.adoption..", "vn.lamtheo.model.overlap..", "vn.lamtheo.model.dvk..", "vn.lamtheo.model.screening..");

    @ArchTest
    static final ArchRule publishedEventsArePlainJava = classes().that().resideInAPackage("vn.lamtheo.kernel.events.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.lamtheo.kernel.events.model..");

    @ArchTest
    static final ArchRule webIsTheEdge = noClasses().that().resideOutsideOfPackage("vn.lamtheo.model.web..")
            .and().resideInAPackage("vn.lamtheo.model..")
            .should().dependOnClassesThat().resideInAPackage("vn.lamtheo.model.web..");

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
