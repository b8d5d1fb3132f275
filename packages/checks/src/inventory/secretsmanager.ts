/**
 * A Secrets Manager secret of the region (ListSecrets, which already carries what FSBP judges: rotation
 * settings and the dates of creation, last rotation and last access). Secret values are never read.
 * Dates are ISO strings; null when AWS gives none (never rotated, never accessed).
 */
export interface SecretsManagerSecret {
  readonly arn: string;
  readonly name: string;
  readonly rotationEnabled: boolean;
  /** The rotation interval in days (RotationRules.AutomaticallyAfterDays); null with a schedule expression. */
  readonly rotationIntervalDays: number | null;
  readonly createdAt: string | null;
  readonly lastRotatedAt: string | null;
  /** AWS keeps the day only (it is rounded to midnight UTC). */
  readonly lastAccessedAt: string | null;
  /** When Secrets Manager next rotates the secret; null without rotation. */
  readonly nextRotationAt: string | null;
}
