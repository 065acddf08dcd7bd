/**
 * The Pro architecture as values: environments and their capabilities ({@link
 * dev.proarch.core.model.EnvironmentType}), cluster tiers, nodes, services and topologies.
 */
@ProArchStyle
package dev.proarch.core.model;

import dev.proarch.core.ProArchStyle;
