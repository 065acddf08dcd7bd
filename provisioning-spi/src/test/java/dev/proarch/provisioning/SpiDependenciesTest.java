package dev.proarch.provisioning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The SPI package is what providers compile against: it may use the JDK, Immutables' annotations and core's
 * model, version and base types, and nothing else; not core's policies, not the guard, not slf4j.
 */
@AnalyzeClasses(
    packages = "dev.proarch.provisioning",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class SpiDependenciesTest {

  @ArchTest
  static final ArchRule SPI_DEPENDS_ON_CORE_MODEL_TYPES_ONLY =
      classes()
          .that()
          .resideInAPackage("dev.proarch.provisioning")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.immutables.value..", "dev.proarch.provisioning", "dev.proarch.core",
              "dev.proarch.core.model", "dev.proarch.core.version")
          .because("providers compile against the SPI alone; it carries core's model and nothing of the guard");
}
