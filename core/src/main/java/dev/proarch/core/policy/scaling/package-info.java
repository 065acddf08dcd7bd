/**
 * Scaling a Pro cluster as policy: vertical changes as one rolling rotation of the three nodes ({@link
 * dev.proarch.core.policy.scaling.ScalePlanner}, judged by {@link
 * dev.proarch.core.policy.scaling.ScalePlanChecker}), horizontal against vertical scaling ({@link
 * dev.proarch.core.policy.scaling.ScalingAdvisor}) and temporary upsizes ({@link
 * dev.proarch.core.policy.scaling.TemporaryUpsizeCheck}).
 */
@ProArchStyle
package dev.proarch.core.policy.scaling;

import dev.proarch.core.ProArchStyle;
