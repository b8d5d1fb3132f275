import { checks as allChecks, type Framework, findFramework, type Severity } from '@orgscan/checks';
import { terminalSummary } from '@orgscan/report';
// Light entry points only: the AWS SDK is loaded once the options are known to be valid.
import { CheckSelectionError, selectChecks } from '@orgscan/scanner/select-checks';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { EXIT, ScanFailedError, UsageError } from '../exit-codes.js';
import { failuresAtOrAbove } from '../gate.js';
import { loadMutesFile, type Mute } from '../mutes/mutes-file.js';
import {
  accountIds,
  commaList,
  frameworkSpec,
  nonNegativeNumber,
  ouIds,
  positiveInteger,
  regions,
  severity,
  tagFilter,
} from '../option-values.js';
import { OUTPUT_FORMATS, type OutputFormat, writeOutputs } from '../output/write-outputs.js';
import type { AwsTarget } from '../scan/aws-environment.js';
import type { FinishedScan, ScanSettings } from '../scan/run-scan.js';
import { ScanProgress } from '../scan/scan-progress.js';
import { cliVersion } from '../version.js';

export const DEFAULT_FORMATS: readonly OutputFormat[] = ['summary', 'json', 'html'];

interface ScanOptions {
  demo?: boolean;
  simulatedOrg?: string;
  simulatedLatency: string;
  simulatedThrottleRate: string;
  singleAccount?: boolean;
  profile?: string;
  orgRoleArn?: string;
  orgExternalId?: string;
  memberRole?: string;
  externalId?: string;
  accounts?: string[];
  includeOu?: string[];
  excludeOu?: string[];
  accountTag?: Array<{ key: string; values: string[] }>;
  regions?: string[];
  checks?: string[];
  framework?: Array<{ id: string; requirements?: string[] }>;
  services?: string[];
  format?: string[];
  outputDir: string;
  failOn?: string;
  mutes?: string;
  concurrency: string;
  callsPerAccount: string;
  attempts: string;
  partition: string;
  homeRegion: string;
  s3PathStyle?: boolean;
  securityhubAccount?: string;
  securityhubRegion: string;
  name?: string;
  quiet?: boolean;
  progressInterval: string;
  color: boolean;
}

export function outputFormats(
  values: readonly string[] | undefined,
  fallback: readonly OutputFormat[],
): OutputFormat[] {
  if (!values || values.length === 0) return [...fallback];
  const unknown = values.filter((value) => !(OUTPUT_FORMATS as readonly string[]).includes(value));
  if (unknown.length > 0)
    throw new UsageError(
      `--format: unknown format ${unknown.join(', ')} (known: ${OUTPUT_FORMATS.join(', ')})`,
    );
  return [...new Set(values as OutputFormat[])];
}

/** The selection's problem, named by the option the user typed. */
function selectionOption(field: string): string {
  if (field.startsWith('frameworks')) return '--framework';
  return field === 'services' ? '--services' : '--checks';
}

export function selectedFrameworks(specs: ScanOptions['framework']): Framework[] | undefined {
  if (!specs || specs.length === 0) return undefined;
  return specs
    .map((spec) => findFramework(spec.id))
    .filter((framework): framework is Framework => framework !== undefined);
}

/** --s3-path-style, or AWS_S3_FORCE_PATH_STYLE=true as the service reads it. */
function s3PathStyle(flag: boolean | undefined): boolean {
  if (flag) return true;
  const fromEnvironment = process.env.AWS_S3_FORCE_PATH_STYLE;
  if (fromEnvironment === undefined || fromEnvironment === '' || fromEnvironment === 'false') return false;
  if (fromEnvironment === 'true') return true;
  throw new UsageError(`AWS_S3_FORCE_PATH_STYLE: expected true or false, got "${fromEnvironment}"`);
}

/** Everything the options say, validated before any AWS call. */
async function scanSettings(options: ScanOptions): Promise<{
  settings: Omit<ScanSettings, 'mutes'> & { mutes: Mute[] };
  formats: OutputFormat[];
  failOn: Severity | null;
}> {
  if (options.demo && options.simulatedOrg)
    throw new UsageError('--demo and --simulated-org are two simulated organizations: choose one');
  if (options.orgExternalId && !options.orgRoleArn)
    throw new UsageError('--org-external-id needs --org-role-arn');
  if (options.orgRoleArn && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(options.orgRoleArn)) {
    throw new UsageError(`--org-role-arn: not an IAM role ARN: ${options.orgRoleArn}`);
  }
  if (
    options.singleAccount &&
    (options.accounts || options.includeOu || options.excludeOu || options.accountTag || options.orgRoleArn)
  ) {
    throw new UsageError(
      "--single-account scans the credentials' own account: --accounts, --include-ou, --exclude-ou, --account-tag and --org-role-arn do not apply",
    );
  }
  if (options.memberRole !== undefined && !/^[\w+=,.@/-]{1,512}$/.test(options.memberRole)) {
    throw new UsageError(`--member-role: not an IAM role name: ${options.memberRole}`);
  }
  if (!['aws', 'aws-us-gov', 'aws-cn'].includes(options.partition)) {
    throw new UsageError(`--partition: expected aws, aws-us-gov or aws-cn, got "${options.partition}"`);
  }
  const homeRegion = regions([options.homeRegion], '--home-region')[0]!;
  if (options.securityhubAccount) accountIds([options.securityhubAccount], '--securityhub-account');
  regions([options.securityhubRegion], '--securityhub-region');
  const formats = outputFormats(options.format, DEFAULT_FORMATS);
  const failOn = options.failOn === undefined ? null : severity(options.failOn, '--fail-on');
  let checks: ScanSettings['checks'];
  try {
    checks = selectChecks(allChecks, {
      checks: options.checks,
      frameworks: options.framework,
      services: options.services,
    });
  } catch (error) {
    if (error instanceof CheckSelectionError)
      throw new UsageError(`${selectionOption(error.field)}: ${error.message}`);
    throw error;
  }
  const s3ForcePathStyle = s3PathStyle(options.s3PathStyle);
  const simulated = options.demo || options.simulatedOrg !== undefined;
  const mutes = options.mutes ? await loadMutesFile(options.mutes) : [];
  const { simulatedOrganization } = await import('../scan/aws-environment.js');
  const org = simulated ? await simulatedOrganization(options.simulatedOrg) : null;
  const target: AwsTarget = org
    ? {
        kind: 'simulated',
        org,
        latencyMs: nonNegativeNumber(options.simulatedLatency, '--simulated-latency', 60_000),
        throttleRate: nonNegativeNumber(options.simulatedThrottleRate, '--simulated-throttle-rate', 1),
      }
    : { kind: 'aws', s3ForcePathStyle };
  if (options.profile) process.env.AWS_PROFILE = options.profile;
  return {
    settings: {
      mode: options.singleAccount ? 'single-account' : 'organization',
      aws: {
        target,
        homeRegion,
        callsPerAccount: positiveInteger(options.callsPerAccount, '--calls-per-account', 256),
        requestTimeoutMs: 15_000,
        throttleAttempts: 10,
      },
      organizationName: options.name ?? (options.demo ? 'Demo organization (simulated)' : null),
      partition: options.partition,
      management: { roleArn: options.orgRoleArn ?? null, externalId: options.orgExternalId ?? null },
      memberRoleName: options.memberRole ?? org?.memberRoleName ?? 'OrgScanReadOnly',
      externalId: options.externalId ?? org?.externalId ?? null,
      scope: {
        ouInclude: ouIds(options.includeOu ?? [], '--include-ou'),
        ouExclude: ouIds(options.excludeOu ?? [], '--exclude-ou'),
        accountTagFilters: options.accountTag ?? [],
        accountIds: accountIds(options.accounts ?? [], '--accounts'),
      },
      regions: options.regions ? regions(options.regions, '--regions') : null,
      checks,
      concurrency: positiveInteger(options.concurrency, '--concurrency', 1024),
      attempts: positiveInteger(options.attempts, '--attempts', 10),
      mutes,
      version: cliVersion(),
    },
    formats,
    failOn,
  };
}

function describeFailure(scan: FinishedScan): string {
  const reasons = new Map<string, number>();
  for (const account of scan.head.accounts) {
    if (account.status === 'failed' && account.reason)
      reasons.set(account.reason.category, (reasons.get(account.reason.category) ?? 0) + 1);
  }
  const first = scan.head.accounts.find((account) => account.status === 'failed')?.reason?.detail;
  return `No account could be scanned (${[...reasons].map(([category, count]) => `${count} ${category}`).join(', ')})${first ? `: ${first}` : ''}`;
}

async function scanAction(options: ScanOptions): Promise<number> {
  const { settings, formats, failOn } = await scanSettings(options);
  const colourStderr = options.color && process.stderr.isTTY === true && !process.env.NO_COLOR;
  const colourStdout = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const paint = createColors(colourStderr);
  const progress = new ScanProgress({
    mode: options.quiet ? 'quiet' : process.stderr.isTTY ? 'tty' : 'lines',
    stream: process.stderr,
    intervalMs: positiveInteger(options.progressInterval, '--progress-interval', 3600) * 1000,
    colours: paint,
  });
  const note = (line: string) => {
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  const stop = new AbortController();
  const abandon = new AbortController();
  let planning = true;
  const onSignal = () => {
    if (planning) {
      progress.finish();
      process.stderr.write('Interrupted before any account was scanned: nothing was written.\n');
      process.exit(EXIT.interrupted);
    }
    if (!stop.signal.aborted) {
      stop.abort();
      progress.stopping();
    } else abandon.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const { runScan } = await import('../scan/run-scan.js');
  let scan: FinishedScan;
  try {
    scan = await runScan(
      settings,
      {
        planned: (summary) => {
          planning = false;
          progress.planned(summary);
        },
        accountStarted: () => progress.accountStarted(),
        accountEnded: (account, started) => progress.accountEnded(account, started),
        attempt: (event) => progress.attempt(event),
      },
      { stop: stop.signal, abandon: abandon.signal },
    );
  } finally {
    progress.finish();
  }
  // From here on the reports are written whatever happens; a further Ctrl-C waits for them.
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.on('SIGINT', () => {});
  try {
    for (const mute of scan.muteMatcher.expired) {
      note(
        paint.yellow(
          `Mute ${mute.id} expired on ${mute.expiresAt?.toISOString()}: it no longer covers anything (${mute.reason})`,
        ),
      );
    }
    const frameworks = selectedFrameworks(options.framework);
    if (formats.includes('summary')) {
      process.stdout.write(
        terminalSummary(scan.head, scan.tally, {
          colour: colourStdout,
          ...(frameworks ? { frameworks } : {}),
        }),
      );
    }
    const written = await writeOutputs(formats, options.outputDir, {
      head: scan.head,
      tally: scan.tally,
      findings: () => scan.spill.findings(),
      muteReasons: scan.muteMatcher.reasons(),
      securityHub: { accountId: options.securityhubAccount ?? null, region: options.securityhubRegion },
      ...(frameworks ? { frameworks } : {}),
    });
    if (written.length > 0) note(`Reports written: ${written.join(', ')}`);
  } finally {
    await scan.spill.remove();
  }

  if (scan.interrupted) {
    const notScanned = scan.head.accounts.filter((account) => account.status === 'cancelled').length;
    process.stderr.write(
      `Interrupted: ${notScanned} account(s) not scanned; the results are marked incomplete.\n`,
    );
    return EXIT.interrupted;
  }
  if (scan.head.scan.status === 'failed') throw new ScanFailedError(describeFailure(scan));
  if (failOn) {
    const failures = failuresAtOrAbove(scan.head, failOn);
    if (failures > 0) {
      process.stderr.write(`--fail-on ${failOn}: ${failures} open failure(s) at ${failOn} or above.\n`);
      return EXIT.gate;
    }
  }
  return EXIT.ok;
}

export function registerScanCommand(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  program
    .command('scan')
    .summary('scan every account of an AWS Organization (or one account) and write reports')
    .description(
      'Scans an AWS Organization in this process: enumerates the accounts (Organizations), assumes the member\n' +
        'role in each, discovers its enabled regions, collects what the selected checks need and evaluates them —\n' +
        'the same steps as the orgscan service, without Redis or Postgres. Credentials come from the standard AWS\n' +
        'chain (environment, profile, SSO, container or instance role); AWS_ENDPOINT_URL[_<SERVICE>] is honoured.',
    )
    .option('--demo', 'scan the built-in simulated demo organization (no AWS account needed)')
    .option('--simulated-org <file>', 'scan a simulated organization described in a JSON file')
    .option('--simulated-latency <ms>', 'simulated AWS: added latency of every call', '0')
    .option(
      '--simulated-throttle-rate <rate>',
      'simulated AWS: probability (0–1) that a call is throttled',
      '0',
    )
    .option('--single-account', "scan the credentials' own account alone, without AWS Organizations")
    .option('--profile <name>', 'AWS profile to take credentials from (same as AWS_PROFILE)')
    .option(
      '--org-role-arn <arn>',
      'role in the management (or delegated-admin) account used to read Organizations',
    )
    .option('--org-external-id <id>', 'ExternalId for --org-role-arn')
    .option('--member-role <name>', 'scanning role in every member account (default OrgScanReadOnly)')
    .option('--external-id <id>', 'ExternalId the member role requires')
    .option('--accounts <ids>', 'only these accounts (comma-separated; repeatable)', commaList)
    .option(
      '--include-ou <ids>',
      'only accounts under these OUs, nested included (comma-separated)',
      commaList,
    )
    .option('--exclude-ou <ids>', 'never accounts under these OUs; wins over --include-ou', commaList)
    .option(
      '--account-tag <key=values>',
      'only accounts whose tag <key> is one of the values (repeatable: all must match)',
      tagFilter,
    )
    .option(
      '--regions <names>',
      'only these regions (default: every region each account has enabled)',
      commaList,
    )
    .option('--checks <ids>', 'only these checks (see `orgscan checks`)', commaList)
    .option(
      '--framework <id[=requirements]>',
      'the checks of a framework, or of some of its requirements: cis-aws-7.0.0=2.4,2.5 (repeatable)',
      frameworkSpec,
    )
    .option(
      '--services <names>',
      'only checks of these services (iam, s3, ec2, …); narrows --checks/--framework',
      commaList,
    )
    .option(
      '-f, --format <formats>',
      `reports, comma-separated: ${OUTPUT_FORMATS.join(', ')} (default: ${DEFAULT_FORMATS.join(',')})`,
      commaList,
    )
    .option('-o, --output-dir <dir>', 'where the report files are written', 'orgscan-report')
    .option(
      '--fail-on <severity>',
      'exit 1 when an open (unmuted) FAIL at or above this severity exists: critical, high, medium, low, informational',
    )
    .option('--mutes <file>', "YAML file of accepted risks, with the API's mute fields (see docs/cli.md)")
    .option('--concurrency <n>', 'accounts scanned at the same time', '64')
    .option('--calls-per-account <n>', 'AWS calls in flight per account', '16')
    .option(
      '--attempts <n>',
      'attempts per account when AssumeRole or region discovery fail transiently',
      '3',
    )
    .option('--partition <name>', 'aws, aws-us-gov or aws-cn', 'aws')
    .option('--home-region <region>', 'region for IAM, Organizations and STS calls', 'us-east-1')
    .option(
      '--s3-path-style',
      'S3 bucket in the URL path, for S3-compatible endpoints (same as AWS_S3_FORCE_PATH_STYLE=true)',
    )
    .option(
      '--securityhub-account <id>',
      'asff: account of the Security Hub that imports (default: the management account)',
    )
    .option('--securityhub-region <region>', 'asff: region of that Security Hub', 'us-east-1')
    .option('--name <text>', 'what the reports call the organization (default: its id)')
    .option(
      '-q, --quiet',
      'no progress display and no notes on stderr (the summary still prints if asked for)',
    )
    .option(
      '--progress-interval <seconds>',
      'when stderr is not a terminal: seconds between progress lines',
      '10',
    )
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .addHelpText(
      'after',
      `
Examples:
  $ orgscan scan --demo
  $ orgscan scan --org-role-arn arn:aws:iam::111111111111:role/OrgScanOrganizationsRead --external-id "$EXTERNAL_ID" \\
      --framework cis-aws-7.0.0 --format summary,html,sarif --fail-on high
  $ orgscan scan --single-account --profile security --regions eu-west-1,us-east-1
  $ orgscan scan --demo --mutes mutes.yaml --fail-on critical --format sarif -o out

Exit codes:
  0    the scan ran and no --fail-on gate tripped
  1    --fail-on: an open (unmuted) FAIL at or above the severity exists
  2    usage error: bad options or mutes file (nothing was scanned)
  3    the scan could not run: Organizations or the credentials unreadable, or no account could be entered
  130  interrupted (Ctrl-C): what finished was written, marked incomplete (Ctrl-C twice: stop at once)`,
    )
    .action(async (options: ScanOptions) => run(() => scanAction(options)));
}
