import type { AwsAccessOptions, MemberAccountSession } from './aws-access.js';
import { AwsApi } from './aws-api.js';
import { AwsCallError } from './aws-error.js';
import type { CallStats } from './call-stats.js';

export interface OwnAccountSession extends MemberAccountSession {
  /** The account the scanner's own credentials belong to (STS GetCallerIdentity). */
  readonly accountId: string;
}

/**
 * The account of the scanner's own credentials (the standard chain), entered without any role: for a scan
 * of one account without Organizations. Asks STS who the credentials are, then counts and rate-limits the
 * calls under that account like a member's. Throws AwsCallError when the credentials cannot be used.
 */
export async function openOwnAccount(
  options: AwsAccessOptions,
  stats: CallStats,
): Promise<OwnAccountSession> {
  const apiFor = (accountKey: string) =>
    new AwsApi({
      transport: options.transport,
      identity: { accountId: null },
      accountId: accountKey,
      limiter: options.limiter,
      retry: options.retry,
      maxConcurrentCalls: options.maxConcurrentCallsPerAccount,
      stats,
      sleep: options.sleep,
      random: options.random,
      ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
    });
  const scanner = apiFor('scanner');
  let accountId: string | undefined;
  try {
    const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    accountId = (await scanner.call(options.homeRegion, 'sts', new GetCallerIdentityCommand({}))).Account;
  } finally {
    scanner.close();
  }
  if (!accountId) {
    throw new AwsCallError(
      'NoAccount',
      'other',
      'sts:GetCallerIdentity',
      'STS named no account for these credentials',
      null,
    );
  }
  const api = apiFor(accountId);
  return { accountId, api, close: () => api.close() };
}
