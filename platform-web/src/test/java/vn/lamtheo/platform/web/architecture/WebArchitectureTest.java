package vn.lamtheo.platform.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Web, security, demo mode and the directory's implementation: no package cycles. */
@AnalyzeClasses(packages = {"vn.lamtheo.platform.web", "vn.lamtheo.platform.security", "vn.lamtheo.platform.demo", "vn.lamtheo.platform.directory"}, importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
