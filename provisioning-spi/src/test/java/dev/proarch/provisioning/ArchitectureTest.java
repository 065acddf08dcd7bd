package dev.proarch.provisioning;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.proarch.archunit.ProArchArchitectureRules;

@AnalyzeClasses(
    packages = "dev.proarch.provisioning",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
  @ArchTest static final ArchTests rules = ArchTests.in(ProArchArchitectureRules.class);
}
