package dev.proarch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardBareRepositoryTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GuardBareRepository.run(args, stream(out), stream(err));
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static ObjectId commit(Repository repository, String message, ObjectId... parents) throws Exception {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(inserter.insert(new TreeFormatter()));
      commit.setParentIds(parents);
      PersonIdent who = new PersonIdent("Dev", "dev@example.com", Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    }
  }

  private static void branch(Repository repository, String name, ObjectId id) throws Exception {
    RefUpdate update = repository.updateRef("refs/heads/" + name);
    update.setNewObjectId(id);
    update.forceUpdate();
  }

  @Test
  void checksTheRepositoryAndJudgesAProposedPush() throws Exception {
    Path bare = dir.resolve("shop.git");
    ObjectId root;
    ObjectId hotfix;
    try (Git git = Git.init().setBare(true).setDirectory(bare.toFile()).call()) {
      Repository repository = git.getRepository();
      root = commit(repository, "initial");
      hotfix = commit(repository, "hotfix", root);
      for (String branch : new String[] {"integration", "staging", "production", "master"}) {
        branch(repository, branch, root);
      }
    }
    assertThat(run(bare.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Environments: [integration, staging, production, master]")
        .contains("0 findings");
    out.reset();
    assertThat(run(bare.toString(), root.name() + " " + hotfix.name() + " refs/heads/staging")).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("refuse refs/heads/staging", "error PRO-GIT-007");
  }

  @Test
  void aPathThatIsNotARepositoryIsReportedWithoutAStackTrace() {
    assertThat(run(dir.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("not a Git repository");
  }
}
