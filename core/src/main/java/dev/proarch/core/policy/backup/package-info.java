/**
 * Automatic backups of Pro staging and production as policy: the seed's retention schedule ({@link
 * dev.proarch.core.policy.backup.RetentionPolicy}), the recovery point objective ({@link
 * dev.proarch.core.policy.backup.RpoCheck}), what a backup contains, how long a restore takes and who may
 * restore what ({@link dev.proarch.core.policy.backup.RestoreCheck}).
 */
@ProArchStyle
package dev.proarch.core.policy.backup;

import dev.proarch.core.ProArchStyle;
