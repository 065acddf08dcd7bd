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
}
