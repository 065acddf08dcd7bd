package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  @Test
  void aRunBuildsOnlyTheSubcommandItNames() {
    assertThat(ProArch.subcommandsFor("validate", "some/dir")).containsExactly(ValidateCommand.class);
    assertThat(ProArch.subcommandsFor("git", "check")).containsExactly(GitCommand.class);
  }

  @Test
  void theNameTableHoldsEverySubcommandUnderTheNameItsAnnotationGives() {
    Map<String, Class<?>> fromAnnotations = new HashMap<>();
    ProArch.SUBCOMMANDS.stream()
        .filter(type -> type != CommandLine.HelpCommand.class)
        .forEach(type -> {
          Command command = type.getAnnotation(Command.class);
          fromAnnotations.put(command.name(), type);
          assertThat(command.aliases()).as("aliases of %s", type).isEmpty();
        });
    assertThat(ProArch.BY_NAME).isEqualTo(fromAnnotations);
  }

  @Test
  void versionBuildsNoSubcommand() {
    assertThat(ProArch.subcommandsFor("--version")).isEmpty();
    assertThat(ProArch.subcommandsFor("-V")).isEmpty();
  }

  @Test
  void helpARootOptionOrATypoGetsEverySubcommand() {
    assertThat(ProArch.subcommandsFor("help", "validate")).hasSizeGreaterThan(5).contains(ValidateCommand.class);
    assertThat(ProArch.subcommandsFor("--help")).contains(GitCommand.class, TopologyCommand.class);
    assertThat(ProArch.subcommandsFor()).contains(GitCommand.class, TopologyCommand.class);
    StringWriter err = new StringWriter();
    int code = ProArch.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "valdate");
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("validate");
  }

  @Test
  void helpForOneSubcommandStillWorks() {
    StringWriter out = new StringWriter();
    int code = ProArch.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "help", "validate");
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("Usage: proarch validate");
  }
}
