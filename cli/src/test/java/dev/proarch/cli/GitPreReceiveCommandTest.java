package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitPreReceiveCommandTest {
  @TempDir Path dir;
  GitFixture repo;
  ObjectId root;

  @BeforeEach
  void healthyRepository() {
    repo = GitFixture.init(dir.resolve("shop"));
    root = repo.commit("initial", Map.of("README", "shop"));
    repo.environments(root);
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private GitFixture.Run hook(String... lines) {
    return GitFixture.preReceive(String.join("\n", lines) + "\n", "--repo", repo.dir().toString());
  }

  @Test
  void anAcceptedPushExitsZeroAndSaysSo() {
    ObjectId feature = repo.commit("feature", Map.of("f", "1"));
    GitFixture.Run run = hook(repo.line("integration", feature));
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("proarch: accepted refs/heads/integration\n");
  }

  @Test
  void aRefusedUpdateExitsOneAndTellsThePusherWhatToDo() {
    ObjectId hotfix = repo.commit("hotfix", Map.of("f", "1"));
    GitFixture.Run run = hook(repo.line("staging", hotfix), repo.line("feature-x", hotfix));
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("proarch: refused refs/heads/staging\n  error PRO-GIT-007 Commit ")
        .contains("git push origin integration:staging")
        .contains("proarch: accepted refs/heads/feature-x\n")
        .endsWith("proarch: push refused: 1 of 2 updates break the Pro branch rules\n");
  }

  @Test
  void malformedInputIsAUsageError() {
    GitFixture.Run run = hook("not a pre-receive line at all");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("proarch: invalid pre-receive line");
  }

  @Test
  void emptyInputAcceptsNothingAndExitsZero() {
    assertThat(GitFixture.preReceive("", "--repo", repo.dir().toString()).code()).isEqualTo(ExitCode.OK);
  }
}
