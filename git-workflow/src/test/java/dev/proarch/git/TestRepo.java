package dev.proarch.git;

import dev.proarch.git.guard.BranchGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate.Result;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * A real bare repository in a temp directory with deterministic commits: each commit is one second after the
 * previous one, so ids are stable across runs. Files are flat maps of path to text; a path with a slash
 * gets one directory level (enough for {@code .magento/services.yaml}).
 */
public final class TestRepo implements AutoCloseable {
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final Repository repository;
  private int tick;

  private TestRepo(Repository repository) {
    this.repository = repository;
  }

  public static TestRepo init(Path dir) {
    try {
      Git git = Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch("master").call();
      return new TestRepo(git.getRepository());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public Repository repository() {
    return repository;
  }

  public Path dir() {
    return repository.getDirectory().toPath();
  }

  public ObjectId commit(String message, ObjectId... parents) {
    return commit(message, Map.of("README", message), parents);
  }

  public ObjectId commit(String message, Map<String, String> files, ObjectId... parents) {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree(inserter, files));
      commit.setParentIds(parents);
      PersonIdent who = new PersonIdent("Dev", "dev@example.com", EPOCH.plusSeconds(++tick), ZoneOffset.UTC);
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectId tree(ObjectInserter inserter, Map<String, String> files) throws IOException {
    Map<String, Map<String, String>> dirs = new TreeMap<>();
    Map<String, ObjectId> entries = new TreeMap<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      int slash = file.getKey().indexOf('/');
      if (slash < 0) {
        entries.put(file.getKey(), blob(inserter, file.getValue()));
      } else {
        dirs.computeIfAbsent(file.getKey().substring(0, slash), k -> new TreeMap<>())
            .put(file.getKey().substring(slash + 1), file.getValue());
      }
    }
    TreeFormatter formatter = new TreeFormatter();
    // Git sorts a tree by name with directories compared as if they ended in '/'.
    Map<String, Object[]> sorted = new TreeMap<>();
    entries.forEach((name, id) -> sorted.put(name, new Object[] {FileMode.REGULAR_FILE, id}));
    for (Map.Entry<String, Map<String, String>> dir : dirs.entrySet()) {
      sorted.put(dir.getKey() + "/", new Object[] {FileMode.TREE, tree(inserter, dir.getValue())});
    }
    for (Map.Entry<String, Object[]> entry : sorted.entrySet()) {
      String name = entry.getKey().endsWith("/") ? entry.getKey().substring(0, entry.getKey().length() - 1) : entry.getKey();
      formatter.append(name, (FileMode) entry.getValue()[0], (ObjectId) entry.getValue()[1]);
    }
    return inserter.insert(formatter);
  }

  private static ObjectId blob(ObjectInserter inserter, String text) throws IOException {
    return inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Points a branch at a commit, creating or moving it without any check. */
  public TestRepo branch(String name, ObjectId id) {
    try {
      org.eclipse.jgit.lib.RefUpdate update = repository.updateRef("refs/heads/" + name);
      update.setNewObjectId(id);
      update.setForceUpdate(true);
      Result result = update.forceUpdate();
      if (result == Result.LOCK_FAILURE || result == Result.IO_FAILURE || result == Result.REJECTED) {
        throw new IllegalStateException("cannot set " + name + ": " + result);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Packs the repository as a server's housekeeping would: with a commit-graph file (generation numbers)
   * or without one, and with reachability bitmaps either way. Unreferenced commits stay loose.
   */
  public TestRepo gc(boolean commitGraph) {
    try {
      org.eclipse.jgit.lib.StoredConfig config = repository.getConfig();
      config.setBoolean("gc", null, "writeCommitGraph", commitGraph);
      config.setBoolean("core", null, "commitGraph", commitGraph);
      config.save();
      Git.wrap(repository).gc().call();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes a branch outright, as a server administrator would. */
  public TestRepo removeBranch(String name) {
    try {
      org.eclipse.jgit.lib.RefUpdate update = repository.updateRef("refs/heads/" + name);
      update.setForceUpdate(true);
      Result result = update.delete();
      if (result != Result.FORCED) {
        throw new IllegalStateException("cannot delete " + name + ": " + result);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points all four environment branches at one commit. */
  public TestRepo environments(ObjectId id) {
    return branch("integration", id).branch("staging", id).branch("production", id).branch("master", id);
  }

  public ObjectId tip(String branch) {
    try {
      ObjectId id = repository.resolve("refs/heads/" + branch);
      return id == null ? ObjectId.zeroId() : id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The update that a push of {@code id} to {@code branch} sends. */
  public RefUpdate push(String branch, ObjectId id) {
    return dev.proarch.git.RefUpdate.of(tip(branch).name(), id.name(), "refs/heads/" + branch);
  }

  public RefUpdate delete(String branch) {
    return dev.proarch.git.RefUpdate.of(tip(branch).name(), ObjectId.zeroId().name(), "refs/heads/" + branch);
  }

  public BranchGuard guard() throws UnreadableRepositoryException {
    return BranchGuard.open(dir());
  }

  @Override
  public void close() {
    repository.close();
  }
}
