package vn.lamtheo.supervision.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Supervision (the report, visits, recommendations, meetings, the campaign report) reads the published events and
 * the Directory only: never the internals of either context. Inside supervision, visits read the report's figures as
 * their facts; outside it nobody depends on the report.
 */
@AnalyzeClasses(packages = "vn.lamtheo", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

    @ArchTest
    static final ArchRule supervisionReadsOnlyWhatIsPublished = noClasses().that().resideInAPackage("vn.lamtheo.supervision..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.lamtheo.pledge..", "vn.lamtheo.model..", "vn.lamtheo.registryapp..")
            .because("supervision is built from the events published in shared-kernel, its own events and the Directory");

    @ArchTest
    static final ArchRule nobodyDependsOnTheReport = noClasses().that().resideOutsideOfPackage("vn.lamtheo.supervision..")
            .and().doNotHaveFullyQualifiedName("vn.lamtheo.LamtheoApplication")
            .should().dependOnClassesThat().resideInAPackage("vn.lamtheo.supervision.report..")
            .because("the report is a reader at the edge; the contexts must not depend on it");
}
