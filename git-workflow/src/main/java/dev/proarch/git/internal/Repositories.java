package dev.proarch.git.internal;

import dev.proarch.git.UnreadableRepositoryException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/** Opens a repository on disk, turning every way it can fail into one readable exception. */
public final class Repositories {
  private Repositories() {}

  /**
   * Git reads the commit-graph file unless {@code core.commitGraph} is false (its default since 2.24); JGit
   * only when it is true. Follow Git, in memory only, so that generation numbers bound ancestry walks.
   */
  private static void useCommitGraph(Repository repository) {
    if (repository.getConfig().getString("core", null, "commitGraph") == null) {
      repository.getConfig().setBoolean("core", null, "commitGraph", true);
    }
  }

  /**
   * Opens the repository at {@code dir}: a bare repository, a {@code .git} directory, or a working tree.
   * With {@code hookEnvironment}, Git's hook variables ({@code GIT_OBJECT_DIRECTORY},
   * {@code GIT_ALTERNATE_OBJECT_DIRECTORIES}) are honoured, so that a pre-receive hook sees the pushed
   * objects Git keeps in quarantine until the hook accepts them.
   */
  public static Repository open(Path dir, boolean hookEnvironment) throws UnreadableRepositoryException {
    String where = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw new UnreadableRepositoryException("no such directory: " + where, where, null);
    }
    File gitDir = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
    if (gitDir == null) {
      throw new UnreadableRepositoryException("not a Git repository: " + where, where, null);
    }
    try {
      FileRepositoryBuilder builder = new FileRepositoryBuilder();
      if (hookEnvironment) {
        builder.readEnvironment();
      }
      Repository repository = builder.setGitDir(gitDir).setMustExist(true).build();
      useCommitGraph(repository);
      return repository;
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableRepositoryException(
          "cannot open the Git repository " + where + ": " + e.getMessage(), where, e);
    }
  }
}
