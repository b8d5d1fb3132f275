import type { ReadResult } from './read-result.js';

/** One CodeBuild build project of a region (ListProjects), with the settings FSBP judges. */
export interface CodebuildProject {
  readonly arn: string;
  readonly name: string;
  /** The project as BatchGetProjects describes it; the batch's error when that call failed. */
  readonly configuration: ReadResult<CodebuildProjectConfiguration>;
}

/** What FSBP judges of a project; URLs and environment values are read by the collector and dropped. */
export interface CodebuildProjectConfiguration {
  /**
   * The Bitbucket sources (`primary`, or a secondary source's identifier) whose repository URL embeds
   * credentials (a user name with a password or token); the URL itself is never kept.
   */
  readonly sourcesWithUrlCredentials: readonly string[];
  /** Names of PLAINTEXT environment variables named AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY. */
  readonly plaintextAwsCredentialVariables: readonly string[];
  /** logsConfig.cloudWatchLogs.status is ENABLED. */
  readonly cloudWatchLogsEnabled: boolean;
  /** logsConfig.s3Logs: ENABLED, and whether CodeBuild encrypts the logs (encryptionDisabled is not true). */
  readonly s3Logs: { readonly enabled: boolean; readonly encrypted: boolean };
}
