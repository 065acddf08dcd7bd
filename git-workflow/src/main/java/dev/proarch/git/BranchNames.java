package dev.proarch.git;

import org.eclipse.jgit.lib.Repository;

/** Git's own ref-name syntax, through JGit, so that ProArch never keeps a regex of its own. */
public final class BranchNames {
  private BranchNames() {}

  /** True when Git accepts {@code refs/heads/<branch>} as a ref name. */
  public static boolean isValidBranch(String branch) {
    return !branch.isEmpty() && Repository.isValidRefName("refs/heads/" + branch);
  }

  /** True when Git accepts this full ref name, such as {@code refs/heads/staging}. */
  public static boolean isValidRef(String refName) {
    return Repository.isValidRefName(refName);
  }
}
