import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { acct, type ExpectedFinding, key, user } from './expected-finding.js';

const { management, securityTooling, logArchive, prodWeb, prodData, devSandbox, sharedServices } =
  DEMO_ACCOUNTS;

/** IAM checks on the demo organization's planted posture, written out by hand. */
export const EXPECTED_IAM: ExpectedFinding[] = [
  [management, 'iam-root-mfa-enabled', acct(management), 'PASS'],
  [management, 'iam-root-access-keys-absent', acct(management), 'PASS'],
  [management, 'iam-password-policy-length-14', acct(management), 'PASS'],
  [management, 'iam-password-policy-reuse-24', acct(management), 'PASS'],
  [management, 'iam-user-console-mfa-enabled', user(management, 'alice'), 'PASS'],
  [management, 'iam-access-key-rotated-90-days', key(management, 'alice', 1), 'PASS'],
  [management, 'iam-credential-unused-45-days-disabled', user(management, 'alice'), 'PASS'],

  [securityTooling, 'iam-root-mfa-enabled', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-root-access-keys-absent', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-password-policy-length-14', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-password-policy-reuse-24', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-user-console-mfa-enabled', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-access-key-rotated-90-days', acct(securityTooling), 'PASS'],
  [securityTooling, 'iam-credential-unused-45-days-disabled', acct(securityTooling), 'PASS'],

  [logArchive, 'iam-root-mfa-enabled', acct(logArchive), 'PASS'],
  [logArchive, 'iam-root-access-keys-absent', acct(logArchive), 'PASS'],
  [logArchive, 'iam-password-policy-length-14', acct(logArchive), 'FAIL'],
  [logArchive, 'iam-password-policy-reuse-24', acct(logArchive), 'FAIL'],
  [logArchive, 'iam-user-console-mfa-enabled', acct(logArchive), 'PASS'],
  [logArchive, 'iam-access-key-rotated-90-days', key(logArchive, 'log-reader', 1), 'PASS'],
  [logArchive, 'iam-credential-unused-45-days-disabled', user(logArchive, 'log-reader'), 'PASS'],

  [prodWeb, 'iam-root-mfa-enabled', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-root-access-keys-absent', acct(prodWeb), 'FAIL'],
  [prodWeb, 'iam-password-policy-length-14', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-password-policy-reuse-24', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-user-console-mfa-enabled', user(prodWeb, 'deployer'), 'FAIL'],
  [prodWeb, 'iam-user-console-mfa-enabled', user(prodWeb, 'bob'), 'PASS'],
  [prodWeb, 'iam-access-key-rotated-90-days', acct(prodWeb), 'PASS'],
  [prodWeb, 'iam-credential-unused-45-days-disabled', user(prodWeb, 'deployer'), 'PASS'],
  [prodWeb, 'iam-credential-unused-45-days-disabled', user(prodWeb, 'bob'), 'PASS'],

  [prodData, 'iam-root-mfa-enabled', acct(prodData), 'PASS'],
  [prodData, 'iam-root-access-keys-absent', acct(prodData), 'PASS'],
  [prodData, 'iam-password-policy-length-14', acct(prodData), 'PASS'],
  [prodData, 'iam-password-policy-reuse-24', acct(prodData), 'PASS'],
  [prodData, 'iam-user-console-mfa-enabled', user(prodData, 'carol'), 'PASS'],
  [prodData, 'iam-access-key-rotated-90-days', key(prodData, 'etl', 1), 'FAIL'],
  [prodData, 'iam-credential-unused-45-days-disabled', user(prodData, 'etl'), 'FAIL'],
  [prodData, 'iam-credential-unused-45-days-disabled', user(prodData, 'carol'), 'FAIL'],

  [devSandbox, 'iam-root-mfa-enabled', acct(devSandbox), 'FAIL'],
  [devSandbox, 'iam-root-access-keys-absent', acct(devSandbox), 'PASS'],
  [devSandbox, 'iam-password-policy-length-14', acct(devSandbox), 'FAIL'],
  [devSandbox, 'iam-password-policy-reuse-24', acct(devSandbox), 'FAIL'],
  [devSandbox, 'iam-user-console-mfa-enabled', acct(devSandbox), 'PASS'],
  [devSandbox, 'iam-access-key-rotated-90-days', acct(devSandbox), 'PASS'],
  [devSandbox, 'iam-credential-unused-45-days-disabled', acct(devSandbox), 'PASS'],

  [sharedServices, 'iam-root-mfa-enabled', acct(sharedServices), 'ERROR'],
  [sharedServices, 'iam-root-access-keys-absent', acct(sharedServices), 'ERROR'],
  [sharedServices, 'iam-password-policy-length-14', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-password-policy-reuse-24', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-user-console-mfa-enabled', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-access-key-rotated-90-days', acct(sharedServices), 'PASS'],
  [sharedServices, 'iam-credential-unused-45-days-disabled', acct(sharedServices), 'PASS'],
];

/** The checks this group covers: the test compares exactly their findings with EXPECTED_IAM. */
export const IAM_CHECKS: string[] = [
  'iam-root-mfa-enabled',
  'iam-root-access-keys-absent',
  'iam-password-policy-length-14',
  'iam-password-policy-reuse-24',
  'iam-user-console-mfa-enabled',
  'iam-access-key-rotated-90-days',
  'iam-credential-unused-45-days-disabled',
];
