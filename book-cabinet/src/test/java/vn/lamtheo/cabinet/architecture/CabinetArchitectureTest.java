package vn.lamtheo.cabinet.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The cabinet context meets the others only through the published language, and its domain stays out of Spring and the read side. */
@AnalyzeClasses(packages = {"vn.lamtheo.cabinet", "vn.lamtheo.kernel.events.cabinet"}, importOptions = ImportOption.DoNotIncludeTests.class)
class CabinetArchitectureTest {

    @ArchTest
    static final ArchRule noOtherContext = noClasses().that().resideInAPackage("vn.lamtheo.cabinet..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.pledge..", "vn.lamtheo.model..", "vn.lamtheo.supervision..");

    @ArchTest
    static final ArchRule domainWithoutSpring = noClasses().that().resideInAnyPackage("vn.lamtheo.cabinet.command..", "vn.lamtheo.cabinet.api..",
                    "vn.lamtheo.cabinet.access..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule domainWithoutReadSide = noClasses().that().resideInAnyPackage("vn.lamtheo.cabinet.command..", "vn.lamtheo.cabinet.api..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.cabinet.ledger..", "vn.lamtheo.cabinet.web..");

    @ArchTest
    static final ArchRule publishedEventsArePlainJava = classes().that().resideInAPackage("vn.lamtheo.kernel.events.cabinet..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.lamtheo.kernel.events.cabinet..");

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
