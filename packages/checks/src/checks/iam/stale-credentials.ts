import type { CredentialReportEntry } from '../../inventory/iam.js';
import { ageInDays } from '../../model/age.js';

/**
 * Descriptions of the user's enabled credentials (console password, active access keys) idle for
 * `maxIdleDays` or more; null when the user has no enabled credential at all. A credential never used has
 * been idle since it was set (or, without that date, since the user was created). CIS 2.11 (45 days) and
 * FSBP IAM.8 (90 days) judge the same rows with different limits.
 */
export function staleCredentials(
  user: CredentialReportEntry,
  now: Date,
  maxIdleDays: number,
): string[] | null {
  const stale: string[] = [];
  let enabled = 0;
  if (user.passwordEnabled === true) {
    enabled += 1;
    const idle = ageInDays(user.passwordLastUsed ?? user.passwordLastChanged ?? user.userCreationTime, now);
    if (idle === null || idle >= maxIdleDays)
      stale.push(`console password ${describeIdle(idle, user.passwordLastUsed)}`);
  }
  user.accessKeys.forEach((key, index) => {
    if (!key.active) return;
    enabled += 1;
    const idle = ageInDays(key.lastUsedDate ?? key.lastRotated ?? user.userCreationTime, now);
    if (idle === null || idle >= maxIdleDays)
      stale.push(`access key ${index + 1} ${describeIdle(idle, key.lastUsedDate)}`);
  });
  return enabled === 0 ? null : stale;
}

function describeIdle(idleDays: number | null, lastUsed: string | null): string {
  if (idleDays === null) return 'with no usable dates';
  return lastUsed === null ? `never used in ${idleDays} days` : `last used ${idleDays} days ago`;
}
