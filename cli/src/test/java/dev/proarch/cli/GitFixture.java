package dev.proarch.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;

/** A real repository with a working tree, committed to through JGit's porcelain, and a way to run proarch. */
final class GitFixture implements AutoCloseable {
  private final Git git;
  private final Path dir;
  private int tick;

  private GitFixture(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  static GitFixture init(Path dir) {
    try {
      return new GitFixture(Git.init().setDirectory(dir.toFile()).setInitialBranch("master").call(), dir);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  Path dir() {
    return dir;
  }

  /** Writes the files into the working tree and commits them on the current branch. */
  ObjectId commit(String message, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Dev", "dev@example.com", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++tick),
          ZoneOffset.UTC);
      ObjectId id = git.commit().setMessage(message).setAuthor(who).setCommitter(who).setAllowEmpty(true).call().getId();
      // Detach HEAD, so that later commits move no branch: the tests place every branch themselves.
      RefUpdate head = git.getRepository().updateRef("HEAD", true);
      head.setNewObjectId(id);
      head.forceUpdate();
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  GitFixture branch(String name, ObjectId id) {
    try {
      RefUpdate update = git.getRepository().updateRef("refs/heads/" + name);
      update.setNewObjectId(id);
      update.setForceUpdate(true);
      update.forceUpdate();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitFixture environments(ObjectId id) {
    return branch("integration", id).branch("staging", id).branch("production", id).branch("master", id);
  }

  ObjectId tip(String branch) {
    try {
      ObjectId id = git.getRepository().resolve("refs/heads/" + branch);
      return id == null ? ObjectId.zeroId() : id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pre-receive line for pushing {@code id} to {@code branch}. */
  String line(String branch, ObjectId id) {
    return tip(branch).name() + " " + id.name() + " refs/heads/" + branch;
  }

  @Override
  public void close() {
    git.close();
  }

  /** The outcome of one proarch run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ProArch.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs {@code proarch git hook pre-receive} with {@code stdin} as Git's input. */
  static Run preReceive(String stdin, String... args) {
    var previous = GitPreReceiveCommand.input;
    GitPreReceiveCommand.input = command -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    try {
      String[] all = new String[args.length + 3];
      all[0] = "git";
      all[1] = "hook";
      all[2] = "pre-receive";
      System.arraycopy(args, 0, all, 3, args.length);
      return run(all);
    } finally {
      GitPreReceiveCommand.input = previous;
    }
  }
}
