/**
 * Topology conformance: checks a {@link dev.proarch.core.model.Topology}, typically one a host built from its
 * inventory, against the Pro shape (classic, or scaled when declared). Each deviation is a {@link
 * dev.proarch.core.rule.Diagnostic} of its own rule, {@code PRO-TOP-001} onwards, located by a logical path
 * such as {@code nodes[1].services.redis}. Run them all with {@link
 * dev.proarch.core.policy.topology.TopologyConformance#check}.
 */
package dev.proarch.core.policy.topology;
