import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
} from '@aws-sdk/client-iam';
import { AwsCallError } from '../aws-error.js';
import type { GlobalCollector } from './collector.js';
import { parseCredentialReport } from './credential-report-csv.js';

export const iamAccountSummaryCollector: GlobalCollector<'iam.accountSummary'> = {
  slice: 'iam.accountSummary',
  async collect({ api, region }) {
    const { SummaryMap: summary = {} } = await api.call(region, 'iam', new GetAccountSummaryCommand({}));
    return {
      accountMfaEnabled: summary.AccountMFAEnabled === 1,
      accountAccessKeysPresent: (summary.AccountAccessKeysPresent ?? 0) > 0,
      users: summary.Users ?? 0,
    };
  },
};

export const iamPasswordPolicyCollector: GlobalCollector<'iam.passwordPolicy'> = {
  slice: 'iam.passwordPolicy',
  async collect({ api, region }) {
    try {
      const { PasswordPolicy: policy } = await api.call(
        region,
        'iam',
        new GetAccountPasswordPolicyCommand({}),
      );
      if (!policy) return null;
      return {
        minimumPasswordLength: policy.MinimumPasswordLength ?? 6,
        passwordReusePrevention: policy.PasswordReusePrevention ?? null,
        requireSymbols: policy.RequireSymbols ?? false,
        requireNumbers: policy.RequireNumbers ?? false,
        requireUppercaseCharacters: policy.RequireUppercaseCharacters ?? false,
        requireLowercaseCharacters: policy.RequireLowercaseCharacters ?? false,
        maxPasswordAge: policy.MaxPasswordAge ?? null,
        expirePasswords: policy.ExpirePasswords ?? false,
      };
    } catch (error) {
      // AWS answers NoSuchEntity when the account has no password policy: a fact, not a failure.
      if (error instanceof AwsCallError && error.kind === 'not-found') return null;
      throw error;
    }
  },
};

/** Polls while AWS builds the report; it usually takes seconds, a report under 4 hours old is reused. */
const REPORT_POLL_ATTEMPTS = 15;
const REPORT_POLL_DELAY_MS = 2_000;

export const iamCredentialReportCollector: GlobalCollector<'iam.credentialReport'> = {
  slice: 'iam.credentialReport',
  async collect({ api, region, sleep }) {
    for (let attempt = 1; ; attempt += 1) {
      const { State: state } = await api.callFresh(region, 'iam', new GenerateCredentialReportCommand({}));
      if (state === 'COMPLETE') break;
      if (attempt >= REPORT_POLL_ATTEMPTS) {
        throw new AwsCallError(
          'ReportNotReady',
          'other',
          'iam:GenerateCredentialReport',
          `credential report still ${state ?? 'unknown'} after ${attempt} polls`,
          null,
        );
      }
      await sleep(REPORT_POLL_DELAY_MS);
    }
    const report = await api.call(region, 'iam', new GetCredentialReportCommand({}));
    if (!report.Content) {
      throw new AwsCallError(
        'ReportEmpty',
        'other',
        'iam:GetCredentialReport',
        'credential report has no content',
        null,
      );
    }
    const generatedAt = (report.GeneratedTime ?? new Date(0)).toISOString();
    return parseCredentialReport(new TextDecoder().decode(report.Content), generatedAt);
  },
};
