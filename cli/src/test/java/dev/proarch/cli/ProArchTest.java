package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProArchTest {

  @Test
  void anUnknownOptionIsAUsageErrorOnOneLineWithoutAStackTrace() {
    StringWriter err = new StringWriter();
    int code = ProArch.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--no-such-option");
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("proarch: Unknown option").doesNotContain("at dev.proarch");
  }

  @Test
  void versionPrintsTheCommandName() {
    StringWriter out = new StringWriter();
    int code = ProArch.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--version");
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).startsWith("proarch ");
  }
}
