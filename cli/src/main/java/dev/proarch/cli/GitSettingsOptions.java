package dev.proarch.cli;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.BranchNames;
import dev.proarch.git.ImmutableWorkflowSettings;
import dev.proarch.git.WorkflowSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --active BRANCH}, repeatable: which integration-tier branches are active on the platform. */
final class GitSettingsOptions {
  @Option(
      names = "--active",
      paramLabel = "BRANCH",
      description = "An active integration-tier branch (repeatable). Replaces the Git config key proarch.active.")
  List<String> active = new ArrayList<>();

  /** The repository's configured settings, with the active branches replaced when {@code --active} was given. */
  WorkflowSettings settings(BranchGuard guard, CommandLine commandLine) {
    WorkflowSettings configured = guard.configuredSettings();
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
