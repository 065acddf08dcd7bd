package dev.proarch.cli;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.git.UnreadableRepositoryException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code proarch git hook install}: writes {@code hooks/pre-receive} into a repository, a small shell
 * script that runs this jar. An existing hook that proarch did not write is kept unless {@code --force}.
 */
final class GitHookInstallCommand implements Callable<Integer> {
  static final String MARKER = "# Installed by 'proarch git hook install'.";

  /**
   * The JVM options of a hook run, as the root script starts java: a short process gains nothing from the C2
   * compiler, a parallel collector or the performance-data file, and a push waits for every hook run.
   */
  static final String JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData";

  private final CommandSpec spec;
  private final OptionSpec repo;
  private final OptionSpec force;
  private final OptionSpec jar;

  GitHookInstallCommand() {
    spec = CommandSpecs.command(this, "install", "Install the pre-receive hook into a (bare) repository.");
    repo = CommandSpecs.option("--repo", "BARE_REPO", "The repository to guard.")
        .required(true)
        .type(Path.class)
        .build();
    force = CommandSpecs.flag("--force", "Replace an existing pre-receive hook that proarch did not write.").build();
    jar = CommandSpecs.option("--jar", "JAR", "The proarch jar the hook runs (default: the jar running this command).")
        .type(Path.class)
        .build();
    spec.addOption(repo).addOption(force).addOption(jar);
    CommandSpecs.withStandardHelpOptions(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, UsageException {
    Path repo = CommandSpecs.<Path>value(this.repo).orElseThrow();
    boolean force = CommandSpecs.isSet(this.force);
    Optional<Path> jar = CommandSpecs.value(this.jar);
    Path gitDir;
    try (BranchGuard guard = BranchGuard.open(repo)) {
      gitDir = guard.gitDirectory();
    } catch (UnreadableRepositoryException e) {
      throw new UsageException(e.getMessage());
    }
    Optional<Path> runnable = jar.or(GitHookInstallCommand::runningJar).map(p -> p.toAbsolutePath().normalize());
    if (runnable.isEmpty() || !Files.isRegularFile(runnable.get())) {
      throw new UsageException("cannot find the proarch jar to run from the hook; pass --jar PATH");
    }
    Path hook = gitDir.resolve("hooks").resolve("pre-receive");
    if (Files.exists(hook) && !force && !Files.readString(hook, StandardCharsets.UTF_8).contains(MARKER)) {
      throw new UsageException(hook + " exists and was not installed by proarch; pass --force to replace it");
    }
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, script(runnable.get()), StandardCharsets.UTF_8);
    makeExecutable(hook);
    spec.commandLine().getOut().println("proarch: installed " + hook);
    return ExitCode.OK;
  }

  static String script(Path jar) {
    return "#!/bin/sh\n"
        + MARKER + "\n"
        + "# Refuses pushes that break the Pro branch rules; see docs/cli.md, proarch git hook.\n"
        + "exec java " + JVM_OPTIONS + " -jar " + quote(jar.toString()) + " git hook pre-receive\n";
  }

  /** Single-quotes a path for sh, so that spaces and quotes in it survive. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static Optional<Path> runningJar() {
    try {
      Path location = Path.of(GitHookInstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static void makeExecutable(Path hook) throws IOException {
    try {
      Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      hook.toFile().setExecutable(true);
    }
  }

}
