package dev.proarch.yaml;

import dev.proarch.core.InvalidValueException;
import dev.proarch.core.model.EnvironmentType;
import dev.proarch.core.rule.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One fixture case: a single file {@code <case>.<role>.yaml} or a directory of role files ({@code app.yaml},
 * {@code services.yaml}, {@code routes.yaml}, {@code env.yaml}, {@code <dir>.app.yaml} for
 * {@code <dir>/.magento.app.yaml}, {@code composer.json}, {@code composer.lock}). Expectations are comments:
 * {@code # expect: PRO-CFG-004} after content refers to its own line, alone on a line to the next content
 * line; {@code # expect-file: PRO-CFG-004} expects a finding without a line. {@code # fixture:
 * commerce=2.4.7 environment=integration} sets options.
 */
final class Fixture {
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Z0-9, -]+)");
  private static final Pattern EXPECT_FILE = Pattern.compile("#\\s*expect-file:\\s*([A-Z0-9, -]+)");
  private static final Pattern OPTIONS = Pattern.compile("#\\s*fixture:(.*)$");

  final String rule;
  final String name;
  final Map<String, byte[]> files = new TreeMap<>();
  final List<String> expected = new ArrayList<>();
  final Set<String> mentionedRules = new TreeSet<>();
  final ValidationOptions options;

  private Fixture(String rule, Path path) throws IOException {
    this.rule = rule;
    this.name = path.getFileName().toString();
    mentionedRules.add(rule);
    var optionsBuilder = ValidationOptions.builder();
    List<Path> roleFiles;
    if (Files.isDirectory(path)) {
      try (Stream<Path> children = Files.list(path)) {
        roleFiles = children.sorted().toList();
      }
      for (Path file : roleFiles) {
        add(projectPath(file.getFileName().toString()), file, optionsBuilder);
      }
    } else {
      String fileName = path.getFileName().toString();
      String role = fileName.substring(fileName.indexOf('.') + 1);
      add(projectPath(role), path, optionsBuilder);
    }
    this.options = optionsBuilder.build();
  }

  static List<Fixture> all(Path root) {
    List<Fixture> fixtures = new ArrayList<>();
    try (Stream<Path> rules = Files.list(root)) {
      for (Path ruleDir : rules.sorted().toList()) {
        try (Stream<Path> cases = Files.list(ruleDir)) {
          for (Path fixtureCase : cases.sorted().toList()) {
            fixtures.add(new Fixture(ruleDir.getFileName().toString(), fixtureCase));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fixtures;
  }

  static String projectPath(String role) {
    switch (role) {
      case "app.yaml":
        return ".magento.app.yaml";
      case "services.yaml":
        return ".magento/services.yaml";
      case "routes.yaml":
        return ".magento/routes.yaml";
      case "env.yaml":
        return ".magento.env.yaml";
      case "composer.json":
      case "composer.lock":
        return role;
      default:
        if (role.endsWith(".app.yaml")) {
          return role.substring(0, role.length() - ".app.yaml".length()) + "/.magento.app.yaml";
        }
        throw new IllegalArgumentException("unknown fixture role " + role);
    }
  }

  private void add(String projectPath, Path file, dev.proarch.yaml.ImmutableValidationOptions.Builder options)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    files.put(projectPath, bytes);
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\r\\n|\\r|\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher expect = EXPECT.matcher(line);
      if (expect.find()) {
        boolean alone = line.substring(0, expect.start()).isBlank();
        int target = alone ? nextContentLine(lines, i) : i + 1;
        for (String id : ids(expect.group(1))) {
          expected.add(projectPath + ":" + target + ":" + id);
        }
      }
      Matcher expectFile = EXPECT_FILE.matcher(line);
      if (expectFile.find()) {
        for (String id : ids(expectFile.group(1))) {
          expected.add("-:0:" + id);
        }
      }
      Matcher fixtureOptions = OPTIONS.matcher(line);
      if (fixtureOptions.find()) {
        applyOptions(fixtureOptions.group(1), options);
      }
    }
  }

  private List<String> ids(String text) {
    List<String> ids = new ArrayList<>();
    for (String id : text.trim().split("[,\\s]+")) {
      if (!id.isEmpty()) {
        ids.add(id);
        mentionedRules.add(id);
      }
    }
    return ids;
  }

  private static int nextContentLine(String[] lines, int from) {
    for (int j = from + 1; j < lines.length; j++) {
      String trimmed = lines[j].trim();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return j + 1;
      }
    }
    throw new IllegalArgumentException("an expect comment at line " + (from + 1) + " has no line after it");
  }

  /** {@code key=value} pairs; a value with spaces is written in double quotes: {@code commerce=">=2.4.8 <2.4.9"}. */
  private static void applyOptions(String text, dev.proarch.yaml.ImmutableValidationOptions.Builder options) {
    Matcher pair = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(text);
    while (pair.find()) {
      String key = pair.group(1);
      String value = pair.group(2).replaceAll("^\"|\"$", "");
      if (key.equals("commerce")) {
        options.commerceVersion(value);
      } else if (key.equals("environment")) {
        try {
          options.environment(EnvironmentType.parse(value));
        } catch (InvalidValueException e) {
          throw new IllegalArgumentException(e);
        }
      }
    }
  }

  /** The findings of the rules this fixture is about, as {@code file:line:id}, sorted. */
  List<String> actual(List<Diagnostic> diagnostics) {
    List<String> actual = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      if (!mentionedRules.contains(diagnostic.ruleId().value())) {
        continue;
      }
      int line = diagnostic.location().flatMap(l -> l.line().isPresent()
          ? java.util.Optional.of(l.line().getAsInt()) : java.util.Optional.empty()).orElse(0);
      String file = line == 0 ? "-" : diagnostic.location().flatMap(l -> l.file()).orElse("-");
      actual.add(file + ":" + line + ":" + diagnostic.ruleId().value());
    }
    return actual.stream().sorted().toList();
  }

  List<String> expectedSorted() {
    return expected.stream().sorted().toList();
  }

  @Override
  public String toString() {
    return rule + "/" + name;
  }
}
