package vn.lamtheo.platform.store.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The store: no package cycles (the H2 backend stays below the connection that starts it). */
@AnalyzeClasses(packages = {"vn.lamtheo.platform.store", "vn.lamtheo.platform.config"}, importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
