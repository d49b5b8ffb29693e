package vn.lamtheo.supervision.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The report reads the published events and the Directory only: never the internals of either context. */
@AnalyzeClasses(packages = "vn.lamtheo", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

    @ArchTest
    static final ArchRule reportReadsOnlyWhatIsPublished = noClasses().that().resideInAPackage("vn.lamtheo.supervision.report..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.pledge..", "vn.lamtheo.model..", "vn.lamtheo.registryapp..")
            .because("the supervision report is built from the events published in shared-kernel and the Directory");

    @ArchTest
    static final ArchRule nobodyDependsOnTheReport = noClasses().that().resideOutsideOfPackage("vn.lamtheo.supervision.report..")
            .and().doNotHaveFullyQualifiedName("vn.lamtheo.LamtheoApplication")
            .should().dependOnClassesThat().resideInAPackage("vn.lamtheo.supervision.report..")
            .because("the report is a reader at the edge; the contexts must not depend on it");
}
