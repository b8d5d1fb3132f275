import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AwsApi } from './aws-api.js';

export function memberRoleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** Session names show up in the member account's CloudTrail; they carry the scan id so activity is traceable. */
export function scanSessionName(scanId: string): string {
  return `orgscan-${scanId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

export interface AssumeRoleParams {
  readonly roleArn: string;
  readonly externalId: string | null;
  readonly sessionName: string;
  /** STS is called in this region (regional endpoint). */
  readonly region: string;
  readonly durationSeconds: number;
  /** Refresh this long before the session expires. */
  readonly refreshBeforeExpiryMs: number;
  readonly now: () => number;
}

/**
 * Credentials of an assumed role, fetched on first use through `api` (the scanner's own identity) and
 * refreshed before they expire. Concurrent callers share one AssumeRole call.
 */
export interface RefreshableCredentials extends AwsCredentialIdentityProvider {
  /** Forget the cached session, so the next use assumes the role again (after ExpiredToken). */
  invalidate(): void;
}

export function assumedRoleCredentials(api: AwsApi, params: AssumeRoleParams): RefreshableCredentials {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;

  const fetchCredentials = async (): Promise<AwsCredentialIdentity> => {
    // Loaded on first use: importing @orgscan/aws does not load the SDK.
    const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
    const output = await api.callFresh(
      params.region,
      'sts',
      new AssumeRoleCommand({
        RoleArn: params.roleArn,
        RoleSessionName: params.sessionName,
        DurationSeconds: params.durationSeconds,
        ...(params.externalId ? { ExternalId: params.externalId } : {}),
      }),
    );
    const credentials = output.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
      throw new Error(`AssumeRole returned no credentials for ${params.roleArn}`);
    }
    return {
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretAccessKey,
      sessionToken: credentials.SessionToken,
      expiration: credentials.Expiration,
    };
  };

  const provider = async () => {
    const expiresAt = current?.expiration?.getTime() ?? 0;
    if (current && expiresAt - params.refreshBeforeExpiryMs > params.now()) return current;
    pending ??= fetchCredentials().finally(() => {
      pending = undefined;
    });
    current = await pending;
    return current;
  };
  return Object.assign(provider, {
    invalidate: () => {
      current = undefined;
    },
  });
}
