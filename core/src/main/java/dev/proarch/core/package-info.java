/**
 * The ProArch core: the Pro architecture model ({@link dev.proarch.core.model}), Commerce versions and
 * constraints ({@link dev.proarch.core.version}), the rule and diagnostic model ({@link
 * dev.proarch.core.rule}) and the pure policy rules ({@link dev.proarch.core.policy}). No I/O.
 */
package dev.proarch.core;
