package dev.proarch.git.jgit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proarch.git.TestRepo;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TestProtocol;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushes over JGit's in-process transport to a server whose ReceivePack runs the hook. */
class ProArchPreReceiveHookTest {
  @TempDir Path dir;
  TestRepo server;
  TestRepo client;
  TestProtocol<Object> protocol;
  URIish uri;
  ObjectId root;

  @BeforeEach
  void serverWithTheHook() throws Exception {
    server = TestRepo.init(dir.resolve("server.git"));
    client = TestRepo.init(dir.resolve("client.git"));
    protocol = new TestProtocol<>(null, (request, db) -> {
      ReceivePack receivePack = new ReceivePack(db);
      receivePack.setPreReceiveHook(new ProArchPreReceiveHook());
      return receivePack;
    });
    Transport.register(protocol);
    uri = protocol.register(new Object(), server.repository());
    root = client.commit("initial");
    PushResult first = push("integration", "staging", "production", "master");
    assertThat(first.getRemoteUpdates()).allMatch(u -> u.getStatus() == RemoteRefUpdate.Status.OK);
  }

  @AfterEach
  void close() {
    Transport.unregister(protocol);
    server.close();
    client.close();
  }

  private PushResult push(String... branchesAtRoot) throws Exception {
    for (String branch : branchesAtRoot) {
      client.branch(branch, root);
    }
    return pushRefs(branchesAtRoot);
  }

  private PushResult pushRefs(String... branches) throws Exception {
    try (Git git = new Git(client.repository())) {
      java.util.List<RefSpec> specs = new java.util.ArrayList<>();
      for (String branch : branches) {
        specs.add(new RefSpec("+refs/heads/" + branch + ":refs/heads/" + branch));
      }
      return git.push().setRemote(uri.toString()).setRefSpecs(specs).call().iterator().next();
    }
  }

  @Test
  void anAcceptedPushMovesTheBranch() throws Exception {
    ObjectId feature = client.commit("feature", root);
    client.branch("integration", feature);
    PushResult result = pushRefs("integration");
    assertThat(result.getRemoteUpdate("refs/heads/integration").getStatus()).isEqualTo(RemoteRefUpdate.Status.OK);
    assertThat(server.tip("integration")).isEqualTo(feature);
  }

  @Test
  void aRefusedPushKeepsTheBranchAndTellsThePusherWhy() throws Exception {
    client.branch("staging", client.commit("straight on staging", root));
    PushResult result = pushRefs("staging");
    RemoteRefUpdate staging = result.getRemoteUpdate("refs/heads/staging");
    assertThat(staging.getStatus()).isEqualTo(RemoteRefUpdate.Status.REJECTED_OTHER_REASON);
    assertThat(staging.getMessage()).startsWith("[PRO-GIT-007]");
    assertThat(result.getMessages()).contains("[PRO-GIT-007] refs/heads/staging:").contains("git push origin integration:staging");
    assertThat(server.tip("staging")).isEqualTo(root);
  }

  @Test
  void infosReachThePusherWithoutRefusingThePush() throws Exception {
    ObjectId config = client.commit("routes", Map.of(".magento/routes.yaml", "routes"), root);
    client.branch("integration", config).branch("staging", config);
    PushResult result = pushRefs("integration", "staging");
    assertThat(result.getRemoteUpdates()).allMatch(u -> u.getStatus() == RemoteRefUpdate.Status.OK);
    assertThat(result.getMessages()).contains("info: [PRO-GIT-012] refs/heads/staging:");
  }

  @Test
  void deletingAnEnvironmentBranchIsRefusedOverTheWire() throws Exception {
    try (Git git = new Git(client.repository())) {
      PushResult result = git.push().setRemote(uri.toString()).add(":refs/heads/production").call().iterator().next();
      assertThat(result.getRemoteUpdate("refs/heads/production").getStatus())
          .isEqualTo(RemoteRefUpdate.Status.REJECTED_OTHER_REASON);
    }
    assertThat(server.tip("production")).isEqualTo(root);
  }
}
