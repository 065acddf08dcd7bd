/**
 * The Pro branch rules on a real Git repository: which branches are the environments ({@link
 * dev.proarch.git.BranchMapping}), a whole-repository check and a decision for each pushed ref update
 * ({@link dev.proarch.git.guard.BranchGuard}). No JGit type appears here; the JGit server hook lives in {@code
 * dev.proarch.git.jgit}.
 */
@ProArchStyle
package dev.proarch.git;

import dev.proarch.git.guard.BranchGuard;
import dev.proarch.core.ProArchStyle;
