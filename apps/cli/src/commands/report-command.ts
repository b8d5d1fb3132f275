import { readScanResult, ScanResultReadError, ScanTally, terminalSummary } from '@orgscan/report';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../exit-codes.js';
import { failuresAtOrAbove } from '../gate.js';
import { accountIds, commaList, regions, severity } from '../option-values.js';
import { type OutputFormat, writeOutputs } from '../output/write-outputs.js';
import { outputFormats } from './scan-command.js';

interface ReportOptions {
  format?: string[];
  outputDir: string;
  failOn?: string;
  securityhubAccount?: string;
  securityhubRegion: string;
  quiet?: boolean;
  color: boolean;
}

const DEFAULT_REPORT_FORMATS: readonly OutputFormat[] = ['summary', 'html'];

async function reportAction(file: string, options: ReportOptions): Promise<number> {
  const formats = outputFormats(options.format, DEFAULT_REPORT_FORMATS);
  const failOn = options.failOn === undefined ? null : severity(options.failOn, '--fail-on');
  if (options.securityhubAccount) accountIds([options.securityhubAccount], '--securityhub-account');
  regions([options.securityhubRegion], '--securityhub-region');
  let saved: Awaited<ReturnType<typeof readScanResult>>;
  try {
    saved = await readScanResult(file);
  } catch (error) {
    if (error instanceof ScanResultReadError) throw new UsageError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    throw error;
  }
  const { head } = saved;
  const tally = new ScanTally(
    head.scan.checkIds,
    new Map(head.accounts.map((account) => [account.accountId, account.ouPath])),
    head.scan.regions,
  );
  for await (const finding of saved.findings()) tally.add(finding);
  if (formats.includes('summary')) {
    process.stdout.write(
      terminalSummary(head, tally, {
        colour: options.color && process.stdout.isTTY === true && !process.env.NO_COLOR,
      }),
    );
  }
  const written = await writeOutputs(formats, options.outputDir, {
    head,
    tally,
    findings: () => saved.findings(),
    muteReasons: new Map(),
    securityHub: { accountId: options.securityhubAccount ?? null, region: options.securityhubRegion },
  });
  if (written.length > 0 && !options.quiet) process.stderr.write(`Reports written: ${written.join(', ')}\n`);
  if (failOn) {
    const failures = failuresAtOrAbove(head, failOn);
    if (failures > 0) {
      process.stderr.write(`--fail-on ${failOn}: ${failures} open failure(s) at ${failOn} or above.\n`);
      return EXIT.gate;
    }
  }
  return EXIT.ok;
}

export function registerReportCommand(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  program
    .command('report')
    .summary('re-render a saved result (result.json) into other formats')
    .description(
      'Reads a result saved by `orgscan scan --format json` and writes it again in other formats, e.g. HTML for an auditor or SARIF for code scanning; --fail-on gates on it as the scan would.',
    )
    .argument('<result>', 'a result.json written by `orgscan scan`')
    .option(
      '-f, --format <formats>',
      'reports, comma-separated: summary, json, ndjson, csv, ocsf, asff, sarif, html (default: summary,html)',
      commaList,
    )
    .option('-o, --output-dir <dir>', 'where the report files are written', 'orgscan-report')
    .option('--fail-on <severity>', 'exit 1 when an open (unmuted) FAIL at or above this severity exists')
    .option(
      '--securityhub-account <id>',
      'asff: account of the Security Hub that imports (default: the management account)',
    )
    .option('--securityhub-region <region>', 'asff: region of that Security Hub', 'us-east-1')
    .option('-q, --quiet', 'no notes on stderr')
    .option('--no-color', 'no colours')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orgscan report orgscan-report/result.json --format html,sarif -o audit\n  $ orgscan report result.json --format summary --fail-on high',
    )
    .action(async (file: string, options: ReportOptions) => run(() => reportAction(file, options)));
}
