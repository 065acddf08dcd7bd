package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

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
    assertThat(ProArch.subcommandsFor("validate", "some/dir")).containsExactly("validate");
    assertThat(ProArch.subcommandsFor("git", "check")).containsExactly("git");
  }

  @Test
  void everySubcommandIsBuiltUnderTheNameTheTableGivesIt() {
    CommandLine all = ProArch.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(List.copyOf(all.getSubcommands().keySet())).isEqualTo(ProArch.SUBCOMMANDS);
    for (String name : ProArch.SUBCOMMANDS) {
      CommandSpec spec = all.getSubcommands().get(name).getCommandSpec();
      assertThat(spec.name()).as("the model of %s", name).isEqualTo(name);
      assertThat(spec.aliases()).as("aliases of %s", name).isEmpty();
    }
  }

  @Test
  void versionBuildsNoSubcommand() {
    assertThat(ProArch.subcommandsFor("--version")).isEmpty();
    assertThat(ProArch.subcommandsFor("-V")).isEmpty();
  }

  @Test
  void helpARootOptionOrATypoGetsEverySubcommand() {
    assertThat(ProArch.subcommandsFor("help", "validate")).isEqualTo(ProArch.SUBCOMMANDS);
    assertThat(ProArch.subcommandsFor("--help")).isEqualTo(ProArch.SUBCOMMANDS);
    assertThat(ProArch.subcommandsFor()).isEqualTo(ProArch.SUBCOMMANDS);
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

  @Test
  void noOptionHasATypeWhoseConverterMainLeavesOut() {
    CommandLine all = ProArch.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<String> types = new ArrayList<>();
    collectTypes(all, types);
    assertThat(types).as("option types of every command").contains("java.nio.file.Path");
    assertThat(types).noneMatch(type -> type.matches(Main.EXCLUDED_CONVERTERS));
  }

  private static void collectTypes(CommandLine command, List<String> types) {
    for (ArgSpec arg : command.getCommandSpec().args()) {
      types.add(arg.type().getName());
      for (Class<?> auxiliary : arg.auxiliaryTypes()) {
        types.add(auxiliary.getName());
      }
    }
    for (CommandLine subcommand : command.getSubcommands().values()) {
      collectTypes(subcommand, types);
    }
  }
}
