package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cold {@code proarch validate} loads, read from the JVM's class-loading log of the shaded jar. Two
 * kinds of start-up work were measured as the largest after the JVM itself and removed (D-PERF-6): linking a
 * lambda or method reference of ours (each bootstraps an invokedynamic call site on first use) and the proxy
 * classes the JDK generates for annotations. These tests keep them out of the start path; they count classes,
 * never time.
 */
class StartPathIT {
  private static final Path EXAMPLE = Path.of("..", "examples", "projects", "typical-mistakes");

  @TempDir static Path dir;

  private static List<String> validateRun;

  @BeforeAll
  static void runValidateOnce() throws Exception {
    validateRun = loadedClasses("validate", EXAMPLE.toString());
  }

  @Test
  void validateLinksNoLambdaOfOurs() {
    // The JDK's own lambdas (regular expressions, java.time) still show, which proves the log is read.
    assertThat(lambdas(validateRun)).isNotEmpty();
    assertThat(ours(lambdas(validateRun))).isEmpty();
  }

  @Test
  void validateGeneratesNoProxyClass() {
    assertThat(ours(validateRun)).contains("dev.proarch.cli.Main", "dev.proarch.yaml.ConfigValidator");
    assertThat(proxies(validateRun)).isEmpty();
  }

  @Test
  void helpStillReadsPicocliHelpCommandsAnnotations() throws Exception {
    // The built-in help command is picocli's own annotated class; full help builds it, and its proxies show.
    assertThat(proxies(loadedClasses("--help"))).isNotEmpty();
  }

  private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(
        java(), "-Xshare:auto", "-Xlog:class+load=info:file=" + log + ":none", "-jar", jar()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
    assertThat(process.exitValue()).as("exit code of proarch %s", String.join(" ", args)).isLessThanOrEqualTo(1);
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // "<class name> source: <where from>"
      int space = line.indexOf(' ');
      classes.add(space < 0 ? line : line.substring(0, space));
    }
    return classes;
  }

  /** Classes spun for lambdas and method references: {@code Host$$Lambda$17/0x...}. */
  static List<String> lambdas(List<String> classes) {
    List<String> lambdas = new ArrayList<>();
    for (String name : classes) {
      if (name.contains("$$Lambda")) {
        lambdas.add(name);
      }
    }
    return lambdas;
  }

  static List<String> ours(List<String> classes) {
    List<String> ours = new ArrayList<>();
    for (String name : classes) {
      if (name.startsWith("dev.proarch.")) {
        ours.add(name);
      }
    }
    return ours;
  }

  /** Dynamic proxy classes, which the JDK generates for each annotation type read by reflection. */
  static List<String> proxies(List<String> classes) {
    List<String> proxies = new ArrayList<>();
    for (String name : classes) {
      if (name.contains("$Proxy")) {
        proxies.add(name);
      }
    }
    return proxies;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String jar() {
    String jar = System.getProperty("proarch.jar");
    assertThat(jar).as("the proarch.jar system property").isNotNull();
    assertThat(Path.of(jar)).exists();
    return jar;
  }
}
