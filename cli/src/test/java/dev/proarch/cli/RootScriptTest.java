package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The root {@code proarch} script watches exactly the modules the command-line jar is built from, and starts
 * java with the options the installed Git hook uses too.
 */
class RootScriptTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern PROARCH_ARTIFACT = Pattern.compile("<artifactId>proarch-([a-z-]+)</artifactId>");

  @Test
  void theWatchedModulesAreTheCliAndEveryModuleItNeedsOutsideTests() throws IOException {
    assertThat(scriptModules()).containsExactlyInAnyOrderElementsOf(buildClosure("cli"));
  }

  @Test
  void theGitHookStartsJavaWithTheScriptsOptions() throws IOException {
    String jvmLine = null;
    for (String line : Files.readAllLines(ROOT.resolve("proarch"))) {
      if (line.startsWith("jvm=(")) {
        jvmLine = line;
      }
    }
    assertThat(jvmLine).as("the script's jvm=(...) line").isNotNull();
    assertThat(List.of(jvmLine.split("[ ()]")))
        .containsAll(List.of(GitHookInstallCommand.JVM_OPTIONS.split(" ")));
  }

  private static List<String> scriptModules() throws IOException {
    for (String line : Files.readAllLines(ROOT.resolve("proarch"))) {
      if (line.startsWith("modules=(")) {
        return List.of(line.substring("modules=(".length(), line.length() - 1).trim().split("\\s+"));
      }
    }
    throw new AssertionError("the proarch script has no modules=(...) line");
  }

  /** The module and the proarch modules it depends on outside test scope, followed transitively. */
  private static Set<String> buildClosure(String start) throws IOException {
    Set<String> seen = new TreeSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(start));
    while (!next.isEmpty()) {
      String module = next.pop();
      if (!seen.add(module)) {
        continue;
      }
      Matcher dependency = DEPENDENCY.matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
      while (dependency.find()) {
        String block = dependency.group(1);
        Matcher artifact = PROARCH_ARTIFACT.matcher(block);
        if (artifact.find() && !block.contains("<scope>test</scope>")) {
          next.push(artifact.group(1));
        }
      }
    }
    return seen;
  }
}
