package vn.lamtheo.similarity.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The text and similarity engine: no package cycles (the text normalisation stays below the engine). */
@AnalyzeClasses(packages = "vn.lamtheo.similarity", importOptions = ImportOption.DoNotIncludeTests.class)
class SimilarityArchitectureTest {

    /** Every package of the module is a slice: a package may use another only if that one does not use it back. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("vn.lamtheo.(**)").should().beFreeOfCycles();
}
