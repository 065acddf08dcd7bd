package dev.proarch.git.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Collection;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/** The Cloud configuration files inside a commit's tree, read from Git objects, never from a working tree. */
public final class ConfigurationFiles {
  /** The files whose change on staging or production is not self-service. */
  public static final List<String> NOT_SELF_SERVICE =
      List.of(".magento.app.yaml", ".magento/services.yaml", ".magento/routes.yaml");

  private ConfigurationFiles() {}

  /** Which of {@link #NOT_SELF_SERVICE} differ between two commits; every present one when there is no old. */
  public static List<String> changed(ObjectReader reader, Optional<RevCommit> before, RevCommit after)
      throws IOException {
    List<String> changed = new ArrayList<>();
    for (String path : NOT_SELF_SERVICE) {
      Optional<ObjectId> old = before.isPresent() ? blob(reader, before.get(), path) : Optional.empty();
      Optional<ObjectId> now = blob(reader, after, path);
      if (!Objects.equals(old, now)) {
        changed.add(path);
      }
    }
    return changed;
  }

  /**
   * The contents of the files of {@code commit} at the given paths, keyed by path; a path that names a
   * directory brings every file below it. Only those paths are walked, so the size of the rest of the tree
   * does not matter.
   */
  public static Map<String, byte[]> read(ObjectReader reader, RevCommit commit, Collection<String> paths)
      throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (paths.isEmpty()) {
      return files;
    }
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      walk.setFilter(PathFilterGroup.createFromStrings(paths));
      while (walk.next()) {
        if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
          files.put(walk.getPathString(), reader.open(walk.getObjectId(0)).getBytes());
        }
      }
    }
    return files;
  }

  /**
   * The files that configure a Cloud project: {@code .magento.app.yaml}, {@code .magento.env.yaml}, the
   * files in {@code .magento/}, {@code composer.json}, {@code composer.lock}, and {@code .magento.app.yaml}
   * one directory down (multi-application projects). Only the top level and its directories' direct entries
   * are walked.
   */
  public static Map<String, byte[]> readCloudFiles(ObjectReader reader, RevCommit commit) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(false);
      while (walk.next()) {
        String path = walk.getPathString();
        if (walk.isSubtree()) {
          if (walk.getDepth() == 0) {
            walk.enterSubtree();
          }
        } else if (isCloudFile(path, walk.getDepth())) {
          files.put(path, reader.open(walk.getObjectId(0)).getBytes());
        }
      }
    }
    return files;
  }

  private static boolean isCloudFile(String path, int depth) {
    if (depth == 0) {
      return CLOUD_ROOT_FILES.contains(path);
    }
    return path.startsWith(".magento/") || path.endsWith("/.magento.app.yaml");
  }

  private static final List<String> CLOUD_ROOT_FILES =
      List.of(".magento.app.yaml", ".magento.env.yaml", "composer.json", "composer.lock");

  private static Optional<ObjectId> blob(ObjectReader reader, RevCommit commit, String path) throws IOException {
    try (TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
      if (walk == null || walk.getFileMode(0) == FileMode.TREE) {
        return Optional.empty();
      }
      return Optional.of(walk.getObjectId(0));
    }
  }
}
