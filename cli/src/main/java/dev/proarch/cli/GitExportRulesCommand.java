package dev.proarch.cli;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.BranchMapping;
import dev.proarch.git.UnreadableRepositoryException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code proarch git export-rules}: the branch rules as a hosting service's own settings, for teams whose
 * repository lives on GitHub or GitLab, where no custom pre-receive hook runs.
 */
@Command(
    name = "export-rules",
    mixinStandardHelpOptions = true,
    description = "Write the branch rules as GitHub repository rulesets or GitLab protected-branch settings.")
final class GitExportRulesCommand implements Callable<Integer> {
  enum Format {
    github_ruleset,
    gitlab;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      converter = FormatConverter.class,
      description = "github-ruleset or gitlab.")
  Format format;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "Read the branch mapping from this repository's Git config (default: the four default names).")
  Optional<Path> repo = Optional.empty();

  @Override
  public Integer call() {
    BranchMapping mapping = BranchMapping.defaults();
    if (repo.isPresent()) {
      try (BranchGuard guard = BranchGuard.open(repo.get())) {
        mapping = guard.configuredSettings().mapping();
      } catch (UnreadableRepositoryException e) {
        spec.commandLine().getErr().println("proarch: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    Object document = format == Format.gitlab
        ? BranchRuleExport.gitlab(mapping)
        : BranchRuleExport.githubRulesets(mapping);
    JsonOutput.write(spec.commandLine().getOut(), document);
    return ExitCode.OK;
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      switch (value) {
        case "github-ruleset":
          return Format.github_ruleset;
        case "gitlab":
          return Format.gitlab;
        default:
          throw new CommandLine.TypeConversionException(
              "'" + value + "' is not a format; expected github-ruleset or gitlab");
      }
    }
  }
}
