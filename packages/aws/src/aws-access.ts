import { assumedRoleCredentials, scanSessionName } from './assume-role.js';
import { type AttemptEvent, AwsApi, type RetryPolicy } from './aws-api.js';
import { CallStats } from './call-stats.js';
import { enumerateOrganization, type OrganizationSnapshot } from './organization.js';
import { type AccountTags, listAccountTags } from './organization-tags.js';
import type { RateLimiter } from './rate-limiter.js';
import { DEFAULT_RETRY_BUDGET, RetryBudget } from './retry-budget.js';
import type { AwsIdentity, AwsTransport } from './transport/aws-transport.js';

export interface AwsAccessOptions {
  readonly transport: AwsTransport;
  readonly limiter: RateLimiter;
  readonly retry: RetryPolicy;
  /** Region for global services and STS: us-east-1 in the aws partition. */
  readonly homeRegion: string;
  readonly maxConcurrentCallsPerAccount: number;
  readonly assumeRoleDurationSeconds: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly now: () => number;
  readonly onAttempt?: (event: AttemptEvent) => void;
}

export interface OrganizationAccessParams {
  /** Role in the management (or delegated-admin) account; null: the scanner's own credentials. */
  readonly roleArn: string | null;
  readonly externalId: string | null;
}

/** Calls into one member account; close() releases its connections (and the STS session behind it). */
export interface MemberAccountSession {
  readonly api: AwsApi;
  close(): void;
}

export interface MemberAccessParams {
  readonly accountId: string;
  readonly roleArn: string;
  readonly externalId: string | null;
  readonly scanId: string;
}

/**
 * Entry point to AWS for the api and the worker: the organization as its management account sees it, and
 * member accounts through their scanning role. Built once per process from configuration.
 */
export class AwsAccess {
  constructor(private readonly options: AwsAccessOptions) {}

  get homeRegion(): string {
    return this.options.homeRegion;
  }

  /** ListAccounts and the OU tree, live. Throws AwsCallError when Organizations cannot be read. */
  async enumerateOrganization(params: OrganizationAccessParams): Promise<OrganizationSnapshot> {
    const stats = new CallStats();
    const scanner = this.api({ accountId: null }, 'scanner', stats);
    let management = scanner;
    try {
      if (params.roleArn) {
        const credentials = assumedRoleCredentials(
          scanner,
          this.assumeParams(params.roleArn, params.externalId, 'orgscan-enumerate'),
        );
        management = this.api(
          { accountId: null, credentials, invalidateCredentials: credentials.invalidate },
          'management',
          stats,
        );
      }
      return await enumerateOrganization(management, this.options.homeRegion);
    } finally {
      management.close();
      scanner.close();
    }
  }

  /** The tags of these accounts, read from the management account like the enumeration. */
  async accountTags(
    params: OrganizationAccessParams,
    accountIds: readonly string[],
  ): Promise<Map<string, AccountTags>> {
    const stats = new CallStats();
    const scanner = this.api({ accountId: null }, 'scanner', stats);
    let management = scanner;
    try {
      if (params.roleArn) {
        const credentials = assumedRoleCredentials(
          scanner,
          this.assumeParams(params.roleArn, params.externalId, 'orgscan-enumerate'),
        );
        management = this.api(
          { accountId: null, credentials, invalidateCredentials: credentials.invalidate },
          'management',
          stats,
        );
      }
      return await listAccountTags(management, this.options.homeRegion, accountIds);
    } finally {
      management.close();
      scanner.close();
    }
  }

  /**
   * Assumes the member role and returns the AwsApi for that account (its calls counted in `stats`).
   * Throws AwsCallError when the role cannot be assumed. The caller closes the returned session.
   */
  async openMemberAccount(params: MemberAccessParams, stats: CallStats): Promise<MemberAccountSession> {
    // One budget for the account scan: its AssumeRole refreshes and every member call draw on it.
    const retryBudget = new RetryBudget(this.options.retry.transientRetryBudget ?? DEFAULT_RETRY_BUDGET);
    const scanner = this.api({ accountId: null }, params.accountId, stats, retryBudget);
    const credentials = assumedRoleCredentials(
      scanner,
      this.assumeParams(params.roleArn, params.externalId, scanSessionName(params.scanId)),
    );
    try {
      await credentials();
    } catch (error) {
      scanner.close();
      throw error;
    }
    const member = this.api(
      { accountId: params.accountId, credentials, invalidateCredentials: credentials.invalidate },
      params.accountId,
      stats,
      retryBudget,
    );
    return {
      api: member,
      close: () => {
        member.close();
        scanner.close();
      },
    };
  }

  private api(
    identity: AwsIdentity,
    accountKey: string,
    stats: CallStats,
    retryBudget?: RetryBudget,
  ): AwsApi {
    return new AwsApi({
      ...(retryBudget ? { retryBudget } : {}),
      transport: this.options.transport,
      identity,
      accountId: accountKey,
      limiter: this.options.limiter,
      retry: this.options.retry,
      maxConcurrentCalls: this.options.maxConcurrentCallsPerAccount,
      stats,
      sleep: this.options.sleep,
      random: this.options.random,
      ...(this.options.onAttempt ? { onAttempt: this.options.onAttempt } : {}),
    });
  }

  private assumeParams(roleArn: string, externalId: string | null, sessionName: string) {
    return {
      roleArn,
      externalId,
      sessionName,
      region: this.options.homeRegion,
      durationSeconds: this.options.assumeRoleDurationSeconds,
      refreshBeforeExpiryMs: 5 * 60 * 1000,
      now: this.options.now,
    };
  }
}
