package dev.proarch.yaml;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.core.rule.Location;
import dev.proarch.core.rule.RuleId;
import dev.proarch.core.rule.Severity;
import dev.proarch.yaml.internal.Suppressions;
import dev.proarch.yaml.internal.project.ProjectCheck;
import dev.proarch.yaml.internal.project.ProjectContext;
import dev.proarch.yaml.internal.rules.ConfigRules;
import dev.proarch.yaml.internal.composer.CommerceVersionDetector;
import dev.proarch.yaml.internal.env.EnvChecks;
import dev.proarch.yaml.internal.env.EnvSchema;
import dev.proarch.yaml.internal.read.ModelBuilder;
import dev.proarch.yaml.internal.read.ParsedFile;
import dev.proarch.yaml.internal.read.ReaderLimits;
import dev.proarch.yaml.internal.read.YamlReader;
import dev.proarch.yaml.internal.schema.AppChecks;
import dev.proarch.yaml.internal.schema.CheckContext;
import dev.proarch.yaml.internal.schema.Findings;
import dev.proarch.yaml.internal.schema.RoutesChecks;
import dev.proarch.yaml.internal.schema.ServicesChecks;
import dev.proarch.yaml.model.ConfigFile;
import dev.proarch.yaml.model.CommerceVersionSource;
import dev.proarch.yaml.model.ConfigNode;
import dev.proarch.yaml.model.FileKind;
import dev.proarch.yaml.model.ProjectConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * One validation run: read, check every file, check the project, then suppress, re-rank and sort. Written
 * without lambdas: each call site is linked on its first use, which every command start pays for.
 */
final class Validation {
  private static final String ROOT_APP = FileKind.APPLICATION.defaultPath();

  private final ReaderLimits limits;
  private final Supplier<Set<RuleId>> knownRules;
  private final List<ProjectCheck> projectChecks;

  Validation(ReaderLimits limits, Supplier<Set<RuleId>> knownRules, List<ProjectCheck> projectChecks) {
    this.limits = limits;
    this.knownRules = knownRules;
    this.projectChecks = List.copyOf(projectChecks);
  }

  ValidationResult run(ProjectSource source, ValidationOptions options) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    EnvSchema envSchema = envSchema(options, diagnostics);
    CheckContext context = new CheckContext(options.environment());
    var config = ProjectConfig.builder();
    Reading reading = new Reading(new YamlReader(limits), source, diagnostics, config);
    // One collector for every per-file check: the findings are put in a total order at the end (D-PERF-5).
    Findings findings = new Findings();

    for (String path : appPathsRootFirst(source.paths())) {
      Optional<ConfigNode> app = reading.read(path, FileKind.APPLICATION);
      if (app.isPresent()) {
        AppChecks.check(app.get(), context, findings);
        config.addApplications(ModelBuilder.application(path, app.get()));
      }
    }
    String services = FileKind.SERVICES.defaultPath();
    Optional<ConfigNode> servicesRoot = reading.read(services, FileKind.SERVICES);
    if (servicesRoot.isPresent()) {
      ServicesChecks.check(servicesRoot.get(), findings);
      config.addAllServices(ModelBuilder.services(services, servicesRoot.get()));
    }
    String routes = FileKind.ROUTES.defaultPath();
    Optional<ConfigNode> routesRoot = reading.read(routes, FileKind.ROUTES);
    if (routesRoot.isPresent()) {
      RoutesChecks.check(routesRoot.get(), findings);
      config.addAllRoutes(ModelBuilder.routes(routes, routesRoot.get()));
    }
    String environment = FileKind.ENVIRONMENT.defaultPath();
    Optional<ConfigNode> environmentRoot = reading.read(environment, FileKind.ENVIRONMENT);
    if (environmentRoot.isPresent()) {
      new EnvChecks(envSchema, options.environment(), findings).check(environmentRoot.get());
      config.environment(ModelBuilder.environment(environment, environmentRoot.get()));
    }
    diagnostics.addAll(findings.diagnostics());
    Map<String, String> texts = reading.texts;
    List<String> read = reading.paths;
    missingFiles(source, diagnostics);

    VersionFinding version = commerceVersion(source, options, diagnostics, read);
    ProjectConfig projectConfig = config.build();
    ProjectContext projectContext =
        new ProjectContext(
            projectConfig, version.text(), version.source(), options.environment(), options.compatMatrix(),
            new SharedFiles(source));
    for (ProjectCheck check : projectChecks) {
      diagnostics.addAll(check.check(projectContext));
    }

    List<Diagnostic> kept = Suppressions.scan(texts, knownRules).apply(diagnostics);
    return ValidationResult.builder()
        .addAllDiagnostics(DiagnosticOrder.sorted(rerank(kept, options)))
        .addAllFiles(sorted(read))
        .config(projectConfig)
        .commerceVersion(version.text())
        .commerceVersionSource(version.source())
        .putAllTexts(texts)
        .build();
  }

  private static List<String> appPathsRootFirst(List<String> paths) {
    List<String> apps = new ArrayList<>();
    if (paths.contains(ROOT_APP)) {
      apps.add(ROOT_APP);
    }
    List<String> others = new ArrayList<>();
    String suffix = "/" + ROOT_APP;
    for (String path : paths) {
      if (!path.equals(ROOT_APP) && path.endsWith(suffix)) {
        others.add(path);
      }
    }
    // ProjectSource keeps its paths sorted.
    apps.addAll(others);
    return apps;
  }

  private static List<String> sorted(List<String> paths) {
    String[] array = paths.toArray(new String[0]);
    Arrays.sort(array);
    return Arrays.asList(array);
  }

  /** The project's files as the project checks read them: shared, without a copy per read. */
  private static final class SharedFiles implements Function<String, Optional<byte[]>> {
    private final ProjectSource source;

    SharedFiles(ProjectSource source) {
      this.source = source;
    }

    @Override
    public Optional<byte[]> apply(String path) {
      return source.readShared(path);
    }
  }

  /** What one run has read so far: the files, their texts, and the findings of reading and checking them. */
  private static final class Reading {
    private final YamlReader reader;
    private final ProjectSource source;
    private final List<Diagnostic> diagnostics;
    private final dev.proarch.yaml.model.ImmutableProjectConfig.Builder config;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> paths = new ArrayList<>();

    Reading(
        YamlReader reader,
        ProjectSource source,
        List<Diagnostic> diagnostics,
        dev.proarch.yaml.model.ImmutableProjectConfig.Builder config) {
      this.reader = reader;
      this.source = source;
      this.diagnostics = diagnostics;
      this.config = config;
    }

    /**
     * Reads one file if the project has it and records it; returns its document, if it parsed, for the
     * caller to run its per-file checks on.
     */
    Optional<ConfigNode> read(String path, FileKind kind) {
      Optional<byte[]> bytes = source.readShared(path);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      ParsedFile parsed = reader.read(path, bytes.get());
      paths.add(path);
      Optional<String> text = parsed.text();
      if (text.isPresent()) {
        texts.put(path, text.get());
      }
      diagnostics.addAll(parsed.diagnostics());
      config.addFiles(ConfigFile.builder().path(path).kind(kind).root(parsed.root()).build());
      return parsed.root();
    }
  }

  private static void missingFiles(ProjectSource source, List<Diagnostic> diagnostics) {
    boolean anyApp = false;
    for (String path : source.paths()) {
      if (path.endsWith(ROOT_APP)) {
        anyApp = true;
        break;
      }
    }
    if (!anyApp) {
      diagnostics.add(
          ConfigRules.APP_FILE_MISSING.diagnostic(
                  "The project has no .magento.app.yaml, so the platform has no application to deploy.")
              .location(Location.ofFile(ROOT_APP))
              .build());
    }
    for (FileKind kind : List.of(FileKind.SERVICES, FileKind.ROUTES)) {
      if (source.readShared(kind.defaultPath()).isEmpty()) {
        diagnostics.add(
            ConfigRules.PROJECT_FILE_MISSING.diagnostic(
                    "The project has no " + kind.defaultPath() + (kind == FileKind.SERVICES
                        ? "; it defines no services (database, cache, search)."
                        : "; only the platform's default route will exist."))
                .location(Location.ofFile(kind.defaultPath()))
                .build());
      }
    }
  }

  private record VersionFinding(Optional<String> text, CommerceVersionSource source) {}

  private static VersionFinding commerceVersion(
      ProjectSource source, ValidationOptions options, List<Diagnostic> diagnostics, List<String> read) {
    if (options.commerceVersion().isPresent()) {
      String text = options.commerceVersion().get().trim();
      if (!text.isEmpty() && anyDigit(text) && text.length() <= 200) {
        return new VersionFinding(Optional.of(text), CommerceVersionSource.OPTION);
      }
      diagnostics.add(
          ConfigRules.OPTION_UNUSABLE.diagnostic(
                  "The Commerce version option '" + text + "' is neither a version such as 2.4.7-p3 nor a"
                      + " Composer constraint such as >=2.4.8 <2.4.9; it is ignored.")
              .build());
    }
    Optional<String> locked = composer(source, "composer.lock", true, diagnostics, read);
    if (locked.isPresent()) {
      return new VersionFinding(locked, CommerceVersionSource.COMPOSER_LOCK);
    }
    Optional<String> required = composer(source, "composer.json", false, diagnostics, read);
    if (required.isPresent()) {
      return new VersionFinding(required, CommerceVersionSource.COMPOSER_JSON);
    }
    diagnostics.add(
        ConfigRules.COMMERCE_VERSION_UNKNOWN.diagnostic(
                "The Commerce version is unknown (no option, and no Commerce package in composer.lock or"
                    + " composer.json); version-dependent checks are skipped.")
            .build());
    return new VersionFinding(Optional.empty(), CommerceVersionSource.UNKNOWN);
  }

  private static boolean anyDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> composer(
      ProjectSource source, String file, boolean lock, List<Diagnostic> diagnostics, List<String> read) {
    Optional<byte[]> bytes = source.readShared(file);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    read.add(file);
    try {
      return lock ? CommerceVersionDetector.fromLock(bytes.get()) : CommerceVersionDetector.fromJson(bytes.get());
    } catch (IllegalArgumentException e) {
      diagnostics.add(
          ConfigRules.COMPOSER_FILE_UNREADABLE.diagnostic(
                  "The file is not valid JSON (" + e.getMessage() + "), so the Commerce version cannot be"
                      + " read from it.")
              .location(Location.ofFile(file))
              .build());
      return Optional.empty();
    }
  }

  private static EnvSchema envSchema(ValidationOptions options, List<Diagnostic> diagnostics) {
    if (options.envVariableSchema().isEmpty()) {
      return EnvSchema.bundled();
    }
    try {
      return EnvSchema.parse(options.envVariableSchema().get());
    } catch (IllegalArgumentException e) {
      // Fetched here, not in a static field: a validation without this rare event never starts logging,
      // whose initialisation was a measurable part of a command start (docs/performance.md).
      LoggerFactory.getLogger(Validation.class).debug("env variable schema override rejected", e);
      diagnostics.add(
          ConfigRules.OPTION_UNUSABLE.diagnostic(
                  "The .magento.env.yaml variable schema override cannot be used (" + e.getMessage()
                      + "); the bundled schema is used instead.")
              .build());
      return EnvSchema.bundled();
    }
  }

  private static List<Diagnostic> rerank(List<Diagnostic> diagnostics, ValidationOptions options) {
    Map<RuleId, Optional<Severity>> overrides = options.severityOverrides();
    if (overrides.isEmpty()) {
      return diagnostics;
    }
    List<Diagnostic> result = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      Optional<Severity> override = overrides.get(diagnostic.ruleId());
      if (override == null) {
        result.add(diagnostic);
      } else {
        if (override.isPresent()) {
          result.add(diagnostic.withSeverity(override.get()));
        }
      }
    }
    return result;
  }
}
