package dev.proarch.cli;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.BranchMapping;
import dev.proarch.git.UnreadableRepositoryException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch git export-rules}: the branch rules as a hosting service's own settings, for teams whose
 * repository lives on GitHub or GitLab, where no custom pre-receive hook runs.
 */
final class GitExportRulesCommand implements Callable<Integer> {
  enum Format {
    github_ruleset,
    gitlab;
  }

  private final CommandSpec spec;
  private final OptionSpec format;
  private final OptionSpec repo;

  GitExportRulesCommand() {
    spec = CommandSpecs.command(this, "export-rules",
        "Write the branch rules as GitHub repository rulesets or GitLab protected-branch settings.");
    format = CommandSpecs.option("--format", "FORMAT", "github-ruleset or gitlab.")
        .required(true)
        .type(Format.class)
        .converters(new FormatConverter())
        .build();
    repo = CommandSpecs.option("--repo", "DIR",
            "Read the branch mapping from this repository's Git config (default: the four default names).")
        .type(Path.class)
        .build();
    spec.addOption(format).addOption(repo);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws UsageException {
    Optional<Path> repo = CommandSpecs.value(this.repo);
    Format format = CommandSpecs.<Format>value(this.format).orElseThrow();
    BranchMapping mapping = BranchMapping.defaults();
    if (repo.isPresent()) {
      try (BranchGuard guard = BranchGuard.open(repo.get())) {
        mapping = guard.configuredSettings().mapping();
      } catch (UnreadableRepositoryException e) {
        throw new UsageException(e.getMessage());
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
