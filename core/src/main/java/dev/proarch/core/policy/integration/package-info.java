/**
 * Best practices for the integration environment (seed: Integration environment): keep the catalog small,
 * one or two concurrent users, cron jobs disabled and run by hand. Findings are warnings.
 */
@ProArchStyle
package dev.proarch.core.policy.integration;

import dev.proarch.core.ProArchStyle;
