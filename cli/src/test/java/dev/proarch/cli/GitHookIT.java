package dev.proarch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed hook in a bare repository, pushed to with the native git command: what a team's Git server
 * does. Runs after package, against the shaded jar ({@code proarch.jar}).
 */
class GitHookIT {
  @TempDir Path dir;
  Path server;
  Path work;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void serverWithTheHookAndFourEnvironments() throws Exception {
    server = dir.resolve("server.git");
    work = dir.resolve("work");
    ok(git(dir, "init", "--bare", "-b", "master", server.toString()));
    Result install = run(dir, List.of("java", "-jar", jar(), "git", "hook", "install", "--repo", server.toString()));
    assertThat(install.code()).as(install.err()).isZero();
    ok(git(dir, "clone", server.toString(), work.toString()));
    writeProject("clean-pro");
    commit("initial", "README", "shop");
    Result first = git(work, "push", "origin", "HEAD:refs/heads/master", "HEAD:refs/heads/integration",
        "HEAD:refs/heads/staging", "HEAD:refs/heads/production");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("remote: proarch: accepted refs/heads/staging");
  }

  private static String jar() {
    String jar = System.getProperty("proarch.jar");
    assertThat(jar).as("the proarch.jar system property").isNotNull();
    assertThat(Path.of(jar)).exists();
    return jar;
  }

  @Test
  void aPushToIntegrationIsAccepted() throws Exception {
    commit("feature", "feature.txt", "1");
    Result push = git(work, "push", "origin", "HEAD:integration");
    assertThat(push.code()).as(push.err()).isZero();
    assertThat(push.err()).contains("remote: proarch: accepted refs/heads/integration");
  }

  @Test
  void aChangeMadeStraightOnStagingIsRefusedAndThePusherIsToldWhatToDo() throws Exception {
    commit("hotfix", "fix.txt", "1");
    Result push = git(work, "push", "origin", "HEAD:staging");
    assertThat(push.code()).isNotZero();
    assertThat(push.err())
        .contains("remote: proarch: refused refs/heads/staging")
        .contains("remote:   error PRO-GIT-007 Commit ")
        .contains("git push origin integration:staging")
        .contains("pre-receive hook declined");
    assertThat(git(server, "rev-parse", "staging").out()).isEqualTo(git(server, "rev-parse", "integration").out());
  }

  @Test
  void promotingIntegrationToStagingInOnePushIsAccepted() throws Exception {
    commit("feature", "feature.txt", "1");
    Result push = git(work, "push", "origin", "HEAD:integration", "HEAD:staging");
    assertThat(push.code()).as(push.err()).isZero();
    assertThat(git(server, "rev-parse", "staging").out()).isEqualTo(git(work, "rev-parse", "HEAD").out());
  }

  @Test
  void changingTheServicesFileOnStagingEarnsTheNotSelfServiceInfo() throws Exception {
    // Upgrade RabbitMQ one step; the other services stay, since the application's relationships need them.
    commit("rabbitmq 3.13", ".magento/services.yaml", "mysql:\n  type: mysql:10.6\n  disk: 5120\nredis:\n"
        + "  type: redis:7.2\nopensearch:\n  type: opensearch:2\n  disk: 1024\nrabbitmq:\n  type: rabbitmq:3.13\n"
        + "  disk: 1024\n");
    Result push = git(work, "push", "origin", "HEAD:integration", "HEAD:staging");
    assertThat(push.code()).as(push.err()).isZero();
    assertThat(push.err()).contains("remote:   .magento/services.yaml: info PRO-GIT-012 This push changes .magento/services.yaml on staging");
  }

  @Test
  void aConfigurationWithErrorsIsRefusedOnStagingWithItsFindings() throws Exception {
    writeProject("typical-mistakes");
    commit("typical mistakes", "README", "broken");
    Result push = git(work, "push", "origin", "HEAD:integration", "HEAD:staging");
    assertThat(push.code()).isNotZero();
    assertThat(push.err())
        .contains("remote: proarch: accepted refs/heads/integration")
        .contains("remote: proarch: refused refs/heads/staging")
        .containsPattern("remote:   \\.magento[^ ]*: error PRO-CFG-\\d{3}")
        .contains("error PRO-GIT-018");
  }

  @Test
  void deletingAndForcePushingProductionAreRefused() throws Exception {
    Result delete = git(work, "push", "origin", ":production");
    assertThat(delete.code()).isNotZero();
    assertThat(delete.err()).contains("remote:   error PRO-GIT-010");
    commit("rewrite", "x", "1");
    ok(git(work, "push", "origin", "HEAD:integration"));
    ok(git(work, "reset", "--hard", "HEAD~1"));
    commit("other", "y", "1");
    Result force = git(work, "push", "--force", "origin", "HEAD:integration");
    assertThat(force.code()).isNotZero();
    assertThat(force.err()).contains("remote:   error PRO-GIT-010").contains("force push");
  }

  @Test
  void aBranchMadeFromMastersOwnCommitIsRefused() throws Exception {
    ok(git(server, "update-ref", "refs/heads/master", commitInServer()));
    ok(git(work, "fetch", "origin"));
    ok(git(work, "checkout", "-q", "-b", "topic", "origin/master"));
    commit("topic work", "t", "1");
    Result push = git(work, "push", "origin", "topic");
    assertThat(push.code()).isNotZero();
    assertThat(push.err()).contains("remote:   error PRO-GIT-005 Branch 'topic' holds commits of master");
  }

  /** A commit made on the server behind the hook's back, as an administrator could. */
  private String commitInServer() throws Exception {
    String tree = git(server, "rev-parse", "master^{tree}").out().trim();
    return ok(git(server, "commit-tree", tree, "-p", "master", "-m", "made on master")).out().trim();
  }

  private void commit(String message, String file, String content) throws Exception {
    Path path = work.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    ok(git(work, "add", "-A"));
    ok(git(work, "commit", "-q", "-m", message));
  }

  private void writeProject(String name) throws IOException {
    for (Map.Entry<String, String> file : GitConfigurationCheckTest.project(name).entrySet()) {
      Path path = work.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  private static Result ok(Result result) {
    assertThat(result.code()).as(result.err()).isZero();
    return result;
  }

  private Result git(Path cwd, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return run(cwd, command);
  }

  private Result run(Path cwd, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> env = builder.environment();
    env.put("HOME", dir.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "Dev");
    env.put("GIT_AUTHOR_EMAIL", "dev@example.com");
    env.put("GIT_COMMITTER_NAME", "Dev");
    env.put("GIT_COMMITTER_EMAIL", "dev@example.com");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
