package dev.proarch.cli;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.BranchNames;
import dev.proarch.git.ImmutableWorkflowSettings;
import dev.proarch.git.WorkflowSettings;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --active BRANCH}, repeatable: which integration-tier branches are active on the platform. */
final class GitSettingsOptions {
  private final OptionSpec active;

  /** Declares {@code --active} on a command. */
  GitSettingsOptions(CommandSpec command) {
    active = CommandSpecs.option("--active", "BRANCH",
            "An active integration-tier branch (repeatable). Replaces the Git config key proarch.active.")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .build();
    command.addOption(active);
  }

  /** The repository's configured settings, with the active branches replaced when {@code --active} was given. */
  WorkflowSettings settings(BranchGuard guard, CommandLine commandLine) {
    WorkflowSettings configured = guard.configuredSettings();
    List<String> active = CommandSpecs.<List<String>>value(this.active).orElse(List.of());
    if (active.isEmpty()) {
      return configured;
    }
    ImmutableWorkflowSettings.Builder builder = WorkflowSettings.builder()
        .mapping(configured.mapping())
        .activeBranchCapacity(configured.activeBranchCapacity());
    for (String branch : active) {
      if (!BranchNames.isValidBranch(branch)) {
        throw new CommandLine.ParameterException(commandLine,
            "invalid value for option '--active': '" + branch + "' is not a valid branch name");
      }
      builder.addActiveBranches(branch);
    }
    return builder.build();
  }
}
