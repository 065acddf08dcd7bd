/**
 * {@link dev.proarch.git.guard.BranchGuard}, the entry point that opens a repository and applies the
 * branch rules of {@code dev.proarch.git} to it. It sits above {@code dev.proarch.git.internal}, so that
 * the value types and rules in {@code dev.proarch.git} need neither a repository nor the plumbing: they use
 * core, and JGit only to check ref names.
 */
package dev.proarch.git.guard;
