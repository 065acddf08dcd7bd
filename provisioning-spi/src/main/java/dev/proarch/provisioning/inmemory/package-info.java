/**
 * The reference provider {@code inmemory}: a simulator that keeps cluster state, a node-availability
 * timeline and backups in memory. Tests and demos use it; it implements mechanics only and leaves policy to
 * the guard, so that tests can show the guard is what keeps the architecture intact.
 */
@ProArchStyle
package dev.proarch.provisioning.inmemory;

import dev.proarch.core.ProArchStyle;
