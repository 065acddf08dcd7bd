/** JGit plumbing behind {@link dev.proarch.git.guard.BranchGuard}; not API, may change in any release. */
package dev.proarch.git.internal;
