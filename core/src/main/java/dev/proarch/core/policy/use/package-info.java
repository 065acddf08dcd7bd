/**
 * Which environment suits which use (seed: Master, Integration, Staging and Production environment): a
 * verdict for an environment and an intended {@link dev.proarch.core.policy.use.Purpose}, with the seed's
 * reason, and PRO-ENV findings for the uses the seed advises against.
 */
@ProArchStyle
package dev.proarch.core.policy.use;

import dev.proarch.core.ProArchStyle;
