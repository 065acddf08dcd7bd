package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook validates the Cloud configuration of commits pushed to staging and production, from the Git tree. */
class GitConfigurationCheckTest {
  @TempDir Path dir;
  GitFixture repo;
  ObjectId clean;

  @BeforeEach
  void repositoryOnACleanProject() {
    repo = GitFixture.init(dir.resolve("shop"));
    clean = repo.commit("clean project", project("clean-pro"));
    repo.environments(clean);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  /** The files of an example project (examples/projects), as a commit holds them; its README is not one. */
  static Map<String, String> project(String name) {
    Path root = Path.of("..", "examples", "projects", name);
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).filter(path -> !path.endsWith("README.md")).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private GitFixture.Run hook(String... lines) {
    return GitFixture.preReceive(String.join("\n", lines) + "\n", "--repo", repo.dir().toString());
  }

  @Test
  void aCleanConfigurationIsPromotedToStagingAndProduction() {
    ObjectId change = repo.commit("a change", Map.of("app/code/Module.php", "<?php\n"));
    repo.branch("integration", change);
    GitFixture.Run run = hook(repo.line("staging", change));
    assertThat(run.code()).as(run.out()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("proarch: accepted refs/heads/staging\n");
  }

  @Test
  void stagingRefusesACommitWhoseConfigurationHasErrorsAndShowsThem() {
    ObjectId broken = repo.commit("typical mistakes", project("typical-mistakes"));
    repo.branch("integration", broken);
    GitFixture.Run run = hook(repo.line("staging", broken));
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("proarch: refused refs/heads/staging")
        .containsPattern("  \\.magento[^ ]*: error PRO-CFG-\\d{3} ")
        .contains("error PRO-GIT-018 The Cloud configuration of commit " + broken.name().substring(0, 12));
  }

  @Test
  void integrationTakesABrokenConfigurationBecauseThatIsWhereItIsTriedOut() {
    ObjectId broken = repo.commit("typical mistakes", project("typical-mistakes"));
    GitFixture.Run run = hook(repo.line("integration", broken));
    assertThat(run.code()).as(run.out()).isEqualTo(ExitCode.OK);
  }

  @Test
  void controlCharactersFromThePushedCommitNeverReachThePushersTerminal() {
    Map<String, String> files = new TreeMap<>(project("clean-pro"));
    // A double-quoted YAML key may hold an escape sequence; the unknown-key error quotes the key.
    files.put(".magento/services.yaml",
        files.get(".magento/services.yaml")
            .replace("    type: mysql:10.6\n", "    type: mysql:10.6\n    \"x\\e[31my\": 1\n"));
    ObjectId escaped = repo.commit("escape in a key", files);
    repo.branch("integration", escaped);
    GitFixture.Run run = hook(repo.line("staging", escaped));
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("x?[31my").doesNotContain("\u001b");
  }
}
