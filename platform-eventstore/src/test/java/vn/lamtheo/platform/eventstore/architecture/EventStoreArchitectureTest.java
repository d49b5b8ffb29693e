package vn.lamtheo.platform.eventstore.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The event store: no package cycles (one package today; the rule holds for the packages to come). */
@AnalyzeClasses(packages = "vn.lamtheo.platform.eventstore", importOptions = ImportOption.DoNotIncludeTests.class)
class EventStoreArchitectureTest {

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
