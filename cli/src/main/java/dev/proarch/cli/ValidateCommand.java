package dev.proarch.cli;

import dev.proarch.cli.internal.report.SourceLines;
import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.yaml.ConfigValidator;
import dev.proarch.yaml.NotAProjectException;
import dev.proarch.yaml.ProjectSource;
import dev.proarch.yaml.ValidationOptions;
import dev.proarch.yaml.ValidationResult;
import dev.proarch.yaml.model.CommerceVersionSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code proarch validate [DIR]}: checks a project's Cloud configuration files ({@code .magento.app.yaml},
 * {@code .magento/services.yaml}, {@code .magento/routes.yaml}, {@code .magento.env.yaml}) against every
 * configuration rule, and reports like a linter.
 */
final class ValidateCommand implements Callable<Integer> {
  /** The file where SARIF shows findings that have no file of their own. */
  static final String ANCHOR_FILE = ".magento.app.yaml";

  private final CommandSpec spec;
  private final PositionalParamSpec directory;
  private final OptionSpec environment;
  private final OptionSpec commerceVersion;
  private final OptionSpec compatMatrix;
  private final ReportOptions.Declared report;

  ValidateCommand() {
    spec = CommandSpecs.command(this, "validate",
        "Check the Cloud configuration files of a project against the Pro architecture and the platform's rules.",
        "Exit codes: 0 nothing reached --fail-on, 1 a finding did, 2 a usage error or a directory that is not a project.");
    spec.usageMessage().sortOptions(false);
    directory = PositionalParamSpec.builder()
        .index("0")
        .arity("0..1")
        .paramLabel("DIR")
        .description("The project directory (default: the current directory).")
        .type(String.class)
        .build();
    environment = CommandSpecs.option("--environment", "ENV",
            "The environment the files are meant for: integration, staging, production or master.")
        .build();
    commerceVersion = CommandSpecs.option("--commerce-version", "VERSION",
            "The Commerce version, such as 2.4.7-p3 (default: from composer.lock, then composer.json).")
        .build();
    compatMatrix = CommandSpecs.option("--compat-matrix", "FILE",
            "A service-version compatibility matrix to use instead of the bundled one (TSV).")
        .type(Path.class)
        .build();
    spec.addPositional(directory).addOption(environment).addOption(commerceVersion).addOption(compatMatrix);
    report = new ReportOptions.Declared(spec);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws UsageException {
    ReportOptions.Context context = ReportOptions.Context.load();
    ReportOptions report = this.report.values();
    // Bad report options are usage errors before any file is read.
    report.overrides(context);
    String directory = CommandSpecs.<String>value(this.directory).orElse(".");
    ValidationOptions options = options();
    ValidationResult result = ConfigValidator.create().validate(source(directory), options);
    Optional<String> commerceVersion = CommandSpecs.value(this.commerceVersion);
    if (commerceVersion.isPresent() && result.commerceVersionSource() != CommerceVersionSource.OPTION) {
      // The validator ignores a version option it cannot use; on the command line that is a usage error.
      throw new UsageException(
          "invalid Commerce version '" + commerceVersion.get()
              + "': expected a version such as 2.4.7-p3 or a Composer constraint such as '>=2.4.7 <2.4.8'");
    }
    ReportOptions.Project project = new ReportOptions.Project(
        displayRoot(directory), new ResultLines(result), anchorFile(result), facts(result));
    return report.report(result.diagnostics(), project, context, spec.commandLine().getOut());
  }

  /** The lines of the files a validation read, for excerpts. */
  private record ResultLines(ValidationResult result) implements SourceLines {
    @Override
    public List<String> lines(String file) {
      return result.sourceLines(file);
    }
  }

  private static ProjectSource source(String directory) throws UsageException {
    try {
      return ProjectSource.ofDirectory(Path.of(directory));
    } catch (NotAProjectException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private ValidationOptions options() throws UsageException {
    var options = ValidationOptions.builder();
    Optional<String> commerceVersion = CommandSpecs.value(this.commerceVersion);
    if (commerceVersion.isPresent()) {
      options.commerceVersion(commerceVersion.get());
    }
    Optional<String> environment = CommandSpecs.value(this.environment);
    if (environment.isPresent()) {
      try {
        options.environment(EnvironmentType.parse(environment.get()));
      } catch (InvalidValueException e) {
        throw new UsageException(e.getMessage());
      }
    }
    Optional<Path> compatMatrix = CommandSpecs.value(this.compatMatrix);
    if (compatMatrix.isPresent()) {
      options.compatMatrix(read(compatMatrix.get()));
    }
    return options.build();
  }

  private static String read(Path file) throws UsageException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("compatibility matrix " + file + " does not exist");
    } catch (IOException e) {
      throw new UsageException("cannot read compatibility matrix " + file + ": " + e.getMessage());
    }
  }

  private static Map<String, Object> facts(ValidationResult result) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("files", result.files());
    facts.put("commerceVersion", result.commerceVersion().orElse(null));
    facts.put("commerceVersionSource", result.commerceVersionSource().label());
    return facts;
  }

  private static String anchorFile(ValidationResult result) {
    if (result.files().contains(ANCHOR_FILE) || result.files().isEmpty()) {
      return ANCHOR_FILE;
    }
    return result.files().get(0);
  }

  /**
   * The project directory as the user should see it in front of each file: relative to the working
   * directory when it is inside it, empty for the working directory itself (D-RPT-2).
   */
  static String displayRoot(String typed) {
    Path path = Path.of(typed).normalize();
    Path workingDirectory = Path.of("").toAbsolutePath();
    if (path.isAbsolute() && path.startsWith(workingDirectory)) {
      path = workingDirectory.relativize(path);
    }
    String text = path.toString().replace('\\', '/');
    return text.equals(".") ? "" : text;
  }
}
