package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHookInstallCommandTest {
  @TempDir Path dir;
  Path bare;
  Path jar;

  @BeforeEach
  void bareRepository() throws Exception {
    bare = dir.resolve("shop.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
    jar = Files.writeString(dir.resolve("my proarch's.jar"), "not really a jar");
  }

  private GitFixture.Run install(String... extra) {
    String[] args = new String[] {"git", "hook", "install", "--repo", bare.toString(), "--jar", jar.toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return GitFixture.run(all);
  }

  @Test
  void theHookIsAnExecutableScriptThatRunsTheJarByItsAbsolutePath() throws Exception {
    GitFixture.Run run = install();
    Path hook = bare.resolve("hooks/pre-receive");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(Files.isExecutable(hook)).isTrue();
    assertThat(Files.readString(hook))
        .startsWith("#!/bin/sh\n")
        .contains(GitHookInstallCommand.MARKER)
        .endsWith("exec java " + GitHookInstallCommand.JVM_OPTIONS + " -jar '"
            + jar.toAbsolutePath().toString().replace("'", "'\\''")
            + "' git hook pre-receive\n");
  }

  @Test
  void reinstallingReplacesOurOwnHook() {
    assertThat(install().code()).isEqualTo(ExitCode.OK);
    assertThat(install().code()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aForeignHookIsKeptUnlessForced() throws Exception {
    Path hook = Files.writeString(Files.createDirectories(bare.resolve("hooks")).resolve("pre-receive"),
        "#!/bin/sh\nexit 0\n");
    GitFixture.Run refused = install();
    assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("was not installed by proarch; pass --force");
    assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\nexit 0\n");
    assertThat(install("--force").code()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(hook)).contains(GitHookInstallCommand.MARKER);
  }

  @Test
  void aPathThatIsNotARepositoryIsRefused() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    GitFixture.Run run = GitFixture.run("git", "hook", "install", "--repo", plain.toString(), "--jar", jar.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: not a Git repository");
  }
}
