package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transcripts pasted in the example projects' READMEs (a fenced block after an {@code <!-- OUTPUT -->} or
 * {@code <!-- JSON -->} marker) are what the command prints today: each {@code $ ./proarch ...} line is run
 * from the repository root and its output compared, and each {@code $ echo $?} checks the exit code. Run
 * with {@code -Dproarch.regenerateReadmes=true} to rewrite the transcripts after an intended change.
 */
class ExampleReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String FENCE = "```";

  static Stream<Path> readmes() throws IOException {
    try (Stream<Path> projects = Files.list(ROOT.resolve("examples/projects"))) {
      return projects.map(project -> project.resolve("README.md")).filter(Files::isRegularFile).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("readmes")
  void everyTranscriptIsWhatTheCommandPrintsToday(Path readme) throws Exception {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<String> rewritten = new ArrayList<>();
    int transcripts = 0;
    for (int i = 0; i < lines.size(); i++) {
      rewritten.add(lines.get(i));
      if (!lines.get(i).matches("<!-- (OUTPUT|JSON) -->") || i + 1 >= lines.size() || !lines.get(i + 1).equals(FENCE)) {
        continue;
      }
      int end = i + 2;
      while (end < lines.size() && !lines.get(end).equals(FENCE)) {
        end++;
      }
      List<String> recorded = lines.subList(i + 2, end);
      List<String> actual = replay(recorded);
      transcripts++;
      if (Boolean.getBoolean("proarch.regenerateReadmes")) {
        rewritten.add(FENCE);
        rewritten.addAll(actual);
      } else {
        assertThat(String.join("\n", actual))
            .as("the transcript in %s; rerun with -Dproarch.regenerateReadmes=true if the change is intended",
                ROOT.relativize(readme))
            .isEqualTo(String.join("\n", recorded));
        rewritten.add(FENCE);
        rewritten.addAll(recorded);
      }
      i = end - 1;
    }
    assertThat(transcripts).as("transcripts in %s", readme).isPositive();
    if (Boolean.getBoolean("proarch.regenerateReadmes")) {
      Files.write(readme, rewritten, StandardCharsets.UTF_8);
    }
  }

  /** Runs each {@code $ ./proarch} line of a transcript and writes the transcript it gives today. */
  private static List<String> replay(List<String> recorded) throws IOException, InterruptedException {
    List<String> actual = new ArrayList<>();
    int lastExit = 0;
    for (String line : recorded) {
      if (!line.startsWith("$ ")) {
        continue;
      }
      actual.add(line);
      String command = line.substring(2);
      if (command.equals("echo $?")) {
        actual.add(Integer.toString(lastExit));
      } else if (command.startsWith("./proarch ")) {
        Run run = run(command.substring("./proarch ".length()).split(" "));
        lastExit = run.exit();
        String out = run.out().endsWith("\n") ? run.out().substring(0, run.out().length() - 1) : run.out();
        actual.addAll(out.isEmpty() ? List.of() : List.of(out.split("\n", -1)));
      } else {
        throw new AssertionError("a transcript runs only ./proarch and echo $?, not: " + command);
      }
    }
    return actual;
  }

  private record Run(int exit, String out) {}

  /** The command as a process from the repository root, as the transcript ran it; stdout only. */
  private static Run run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not finish: " + command);
    }
    return new Run(process.exitValue(), out.replace("\r\n", "\n"));
  }
}
