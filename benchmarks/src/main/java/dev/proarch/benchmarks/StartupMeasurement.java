package dev.proarch.benchmarks;

import dev.proarch.benchmarks.internal.HelloJar;
import dev.proarch.benchmarks.internal.ProcessTimer;
import dev.proarch.benchmarks.internal.ProcessTimer.Timing;
import dev.proarch.benchmarks.internal.ValidateOnce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command start measured as whole processes, each variant run many times: the JVM's own start (a jar that
 * prints one line) is the floor; then {@code proarch validate} on one project through {@code java -jar},
 * with an application class-data-sharing archive, with start-up flags, and through the root script.
 */
public final class StartupMeasurement {
  /** The JVM options the root script starts java with besides the archive, as docs/cli.md gives them. */
  static final List<String> SCRIPT_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  /** The jar with no archive: what a cold JVM pays without class-data sharing, for reference. */
  public static final String NO_ARCHIVE = "java -jar cli.jar validate";

  /** The jar with its archive and the JVM's default options. */
  public static final String ARCHIVE_ONLY = "java -jar cli.jar validate + AppCDS";

  /** The jar started as the script and docs/cli.md start it. */
  public static final String AS_DOCUMENTED = "java -jar cli.jar validate + AppCDS, C1 only, Serial GC, no perf data";

  /** The label of the process that does nothing, timed beside the staleness check. */
  public static final String SPAWN_FLOOR = "a process that does nothing (true)";

  private final Path root;
  private final Path cliJar;
  private final Path project;
  private final Path workDirectory;
  private final int runs;

  /**
   * @param root the worktree root, where the {@code proarch} script is
   * @param cliJar the shaded command-line jar
   * @param project the project {@code proarch validate} checks
   * @param workDirectory where the floor jar and the CDS archive go
   * @param runs timed runs per variant
   */
  public StartupMeasurement(Path root, Path cliJar, Path project, Path workDirectory, int runs) {
    this.root = root;
    this.cliJar = cliJar;
    this.project = project;
    this.workDirectory = workDirectory;
    this.runs = runs;
  }

  /** The floor alone: {@code java -jar hello.jar}. */
  public Timing floor() throws IOException, InterruptedException {
    Path hello = HelloJar.write(workDirectory.resolve("hello.jar"));
    return time("JVM start floor (java -jar hello.jar)", List.of(java(), "-jar", hello.toString()), Map.of());
  }

  /** Every variant, the floor first. */
  public List<Timing> all() throws IOException, InterruptedException {
    List<Timing> timings = new ArrayList<>();
    timings.add(floor());
    List<String> validate = List.of("validate", project.toString());
    timings.add(time(NO_ARCHIVE, command(List.of(), validate), Map.of()));
    timings.add(time("(split) java -jar cli.jar --version: the command line alone",
        command(List.of(), List.of("--version")), Map.of()));
    timings.add(time("(split) ConfigValidator from a bare main: the library alone",
        List.of(java(), "-cp", ownJar(), ValidateOnce.class.getName(), project.toString()), Map.of()));
    Path archive = cdsArchive();
    List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    timings.add(time(ARCHIVE_ONLY, command(cds, validate), Map.of()));
    List<String> tuned = new ArrayList<>(cds);
    tuned.addAll(SCRIPT_OPTIONS);
    timings.add(time(AS_DOCUMENTED, command(tuned, validate), Map.of()));
    List<String> script = new ArrayList<>(List.of(root.resolve("proarch").toString()));
    script.addAll(validate);
    timings.add(time("./proarch validate", script, Map.of()));
    timings.add(time("./proarch staleness check alone (its find)", stalenessCheck(), Map.of()));
    // What starting any process costs from here, so that the find's own work can be told from it.
    timings.add(time(SPAWN_FLOOR, List.of("true"), Map.of()));
    timings.add(time("./proarch before java: bash, its root, the staleness check", List.of(
        root.resolve("proarch").toString()), Map.of("PROARCH_STALENESS_ONLY", "1")));
    return timings;
  }

  /**
   * Builds the application CDS archive next to the jar as the root script does: the class list of one
   * {@code validate} run over the example with findings ({@code -XX:DumpLoadedClassList}), then a static
   * archive of it ({@code -Xshare:dump}). A static archive holds picocli too, whose class files are too old
   * for JDK 17's dynamic archives; the JVM maps it at start instead of loading and verifying the classes.
   */
  public Path cdsArchive() throws IOException, InterruptedException {
    Path archive = cliJar.resolveSibling(cliJar.getFileName().toString().replace(".jar", ".jsa"));
    Path classes = cliJar.resolveSibling(cliJar.getFileName().toString().replace(".jar", ".classlist"));
    Files.deleteIfExists(archive);
    List<String> training = List.of("validate", root.resolve("examples/projects/typical-mistakes").toString());
    // With the script's options: a dump with the serial collector archives no Java heap, one with G1 does.
    List<String> listing = new ArrayList<>(SCRIPT_OPTIONS);
    listing.add("-XX:DumpLoadedClassList=" + classes);
    ProcessTimer.once(command(listing, training), root, Map.of());
    List<String> dump = new ArrayList<>(List.of(java()));
    dump.addAll(SCRIPT_OPTIONS);
    dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classes,
        "-XX:SharedArchiveFile=" + archive, "-cp", cliJar.toString()));
    ProcessTimer.once(dump, root, Map.of());
    if (!Files.isRegularFile(archive)) {
      throw new IOException("the JVM wrote no CDS archive at " + archive);
    }
    return archive;
  }

  /**
   * The {@code find} the root script runs before every command, exactly as it runs it: over the root pom and
   * the poms and main sources of the modules its {@code modules=(...)} line names.
   */
  List<String> stalenessCheck() throws IOException {
    List<String> command = new ArrayList<>(List.of("find", root.resolve("pom.xml").toString()));
    for (String module : scriptModules(Files.readString(root.resolve("proarch")))) {
      command.add(root.resolve(module).resolve("pom.xml").toString());
      command.add(root.resolve(module).resolve("src/main").toString());
    }
    command.addAll(List.of("-newer", cliJar.toString(), "-print", "-quit"));
    return command;
  }

  /** The module names of the script's {@code modules=(a b c)} line. */
  static List<String> scriptModules(String script) throws IOException {
    for (String line : script.split("\n")) {
      if (line.startsWith("modules=(") && line.endsWith(")")) {
        return List.of(line.substring("modules=(".length(), line.length() - 1).trim().split("\\s+"));
      }
    }
    throw new IOException("the proarch script has no modules=(...) line");
  }

  private List<String> command(List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", cliJar.toString()));
    command.addAll(arguments);
    return command;
  }

  private Timing time(String label, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    return ProcessTimer.time(label, command, root, env, 2, runs);
  }

  /** The jar (or directory) these classes were loaded from: benchmarks.jar under benchmarks/run. */
  private static String ownJar() {
    try {
      return Path.of(ValidateOnce.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
