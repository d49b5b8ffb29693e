package vn.lamtheo.kernel.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The published language: no package cycles (Maven keeps every other module out of it). */
@AnalyzeClasses(packages = "vn.lamtheo.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelArchitectureTest {

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
