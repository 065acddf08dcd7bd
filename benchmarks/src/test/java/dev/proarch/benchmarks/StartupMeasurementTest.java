package dev.proarch.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupMeasurementTest {

  @Test
  void theTimedFindWatchesTheModulesTheScriptNames() throws IOException {
    String script = Files.readString(Path.of("..", "proarch"));
    assertThat(StartupMeasurement.scriptModules(script)).contains("core", "cli").doesNotContain("benchmarks");
  }

  @Test
  void aScriptWithoutTheModulesLineIsAnError() {
    assertThatThrownBy(() -> StartupMeasurement.scriptModules("#!/bin/bash\necho hi\n"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theDocumentedRunUsesTheOptionsTheScriptStartsJavaWith() throws IOException {
    String jvmLine = null;
    for (String line : Files.readString(Path.of("..", "proarch")).split("\n")) {
      if (line.startsWith("jvm=(")) {
        jvmLine = line;
      }
    }
    assertThat(jvmLine).as("the script's jvm=(...) line").isNotNull();
    for (String option : StartupMeasurement.SCRIPT_OPTIONS) {
      assertThat(jvmLine.split("[ ()]")).as("options of the script").contains(option);
    }
  }
}
