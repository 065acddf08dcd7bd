package dev.proarch.benchmarks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.proarch.archunit.ProArchArchitectureRules;

@AnalyzeClasses(
    packages = "dev.proarch.benchmarks",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      ImportOption.DoNotIncludeJars.class,
      ArchitectureTest.NotJmhGenerated.class
    })
class ArchitectureTest {
  @ArchTest static final ArchTests rules = ArchTests.in(ProArchArchitectureRules.class);

  /** JMH's annotation processor writes public harness classes with JMH types; they are not our API. */
  static final class NotJmhGenerated implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/jmh_generated/");
    }
  }
}
