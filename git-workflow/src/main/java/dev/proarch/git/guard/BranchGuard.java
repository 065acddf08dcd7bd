package dev.proarch.git.guard;

import dev.proarch.core.rule.Diagnostic;
import dev.proarch.core.rule.DiagnosticOrder;
import dev.proarch.git.PushDecision;
import dev.proarch.git.RefUpdate;
import dev.proarch.git.UnreadableRepositoryException;
import dev.proarch.git.WorkflowSettings;
import dev.proarch.git.internal.ConfigurationFiles;
import dev.proarch.git.internal.PushRules;
import dev.proarch.git.internal.Repositories;
import dev.proarch.git.internal.RepositoryChecker;
import dev.proarch.git.internal.SettingsReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The Pro branch rules on one open repository: {@link #check} reports the state of the whole repository,
 * {@link #decide} judges the ref updates of a push. Settings come from the caller or from the repository's
 * own Git config ({@link #configuredSettings()}). Close it to release the repository.
 *
 * <pre>{@code
 * try (BranchGuard guard = BranchGuard.open(Path.of("/srv/git/shop.git"))) {
 *   List<Diagnostic> findings = guard.check(guard.configuredSettings());
 * }
 * }</pre>
 */
public final class BranchGuard implements AutoCloseable {
  private final Repository repository;
  private final SettingsReader.Result configured;

  private BranchGuard(Repository repository) {
    this.repository = repository;
    this.configured = SettingsReader.read(repository.getConfig());
  }

  /** Opens a bare repository, a {@code .git} directory or a working tree. */
  public static BranchGuard open(Path directory) throws UnreadableRepositoryException {
    return new BranchGuard(Repositories.open(directory, false));
  }

  /**
   * Opens the repository the way a Git hook must: honouring {@code GIT_OBJECT_DIRECTORY} and
   * {@code GIT_ALTERNATE_OBJECT_DIRECTORIES}, where Git keeps pushed objects until the hook accepts them.
   */
  public static BranchGuard openInHook(Path directory) throws UnreadableRepositoryException {
    return new BranchGuard(Repositories.open(directory, true));
  }

  /** The settings in the repository's Git config ({@code proarch.*}), defaults where a key is absent. */
  public WorkflowSettings configuredSettings() {
    return configured.settings();
  }

  /** Problems with the {@code proarch.*} keys; each key with a problem kept its default. */
  public List<Diagnostic> settingsFindings() {
    return configured.diagnostics();
  }

  /** The whole-repository check, with the settings findings first; sorted by {@link DiagnosticOrder}. */
  public List<Diagnostic> check(WorkflowSettings settings) {
    List<Diagnostic> findings = new ArrayList<>(settingsFindings());
    findings.addAll(RepositoryChecker.check(repository, settings));
    return DiagnosticOrder.sorted(findings);
  }

  /** One decision for each update, in the order given, each judged against the repository before the push. */
  public List<PushDecision> decide(List<RefUpdate> updates, WorkflowSettings settings)
      throws UnreadableRepositoryException {
    try (PushRules rules = new PushRules(repository, settings)) {
      return rules.decideAll(updates);
    } catch (IOException e) {
      throw new UnreadableRepositoryException(
          "cannot read the repository " + repository.getDirectory() + ": " + e.getMessage(),
          repository.getDirectory().toString(), e);
    }
  }

  /**
   * The files at the given paths (files or directories) in the tree of one commit, keyed by path, read from
   * Git objects. Used to validate the configuration of a pushed commit without checking it out.
   */
  public Map<String, byte[]> files(String commitId, Collection<String> paths) throws UnreadableRepositoryException {
    try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
      RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
      return ConfigurationFiles.read(reader, commit, paths);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableRepositoryException(
          "cannot read the files of commit " + commitId + ": " + e.getMessage(), commitId, e);
    }
  }

  /**
   * The files that configure a Cloud project in the tree of one commit, keyed by path: the root Cloud files,
   * {@code .magento/*}, {@code composer.json}, {@code composer.lock} and {@code <dir>/.magento.app.yaml}. What
   * a configuration validator needs to judge a pushed commit without checking it out.
   */
  public Map<String, byte[]> cloudFiles(String commitId) throws UnreadableRepositoryException {
    try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
      return ConfigurationFiles.readCloudFiles(reader, walk.parseCommit(ObjectId.fromString(commitId)));
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableRepositoryException(
          "cannot read the files of commit " + commitId + ": " + e.getMessage(), commitId, e);
    }
  }

  /** True when the repository has reachability bitmaps, which make ancestry questions constant-time. */
  public boolean hasReachabilityBitmaps() {
    try (ObjectReader reader = repository.newObjectReader()) {
      return reader.getBitmapIndex() != null;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when the repository has a commit-graph file that is read, whose generation numbers bound every
   * ancestry search (write one with {@code git commit-graph write --reachable}; {@code git gc} does).
   */
  public boolean hasCommitGraph() {
    try (ObjectReader reader = repository.newObjectReader()) {
      return reader.getCommitGraph().isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  /** The Git directory of the repository. */
  public Path gitDirectory() {
    return repository.getDirectory().toPath();
  }

  @Override
  public void close() {
    repository.close();
  }
}
