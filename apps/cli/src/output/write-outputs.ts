import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Framework } from '@orgscan/checks';
import {
  asffFormat,
  csvFormat,
  type ExportContext,
  type ExportFinding,
  type ExportFormat,
  htmlReport,
  ndjsonFormat,
  ocsfFormat,
  type ResultFinding,
  type ScanResultHead,
  type ScanTally,
  sarifLog,
  scanResultJson,
} from '@orgscan/report';

export const OUTPUT_FORMATS = ['summary', 'json', 'ndjson', 'csv', 'ocsf', 'asff', 'sarif', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type FileFormat = Exclude<OutputFormat, 'summary'>;

/** Each format's file in the output directory. */
export const OUTPUT_FILES: Readonly<Record<FileFormat, string>> = {
  json: 'result.json',
  ndjson: 'findings.ndjson',
  csv: 'findings.csv',
  ocsf: 'findings.ocsf.ndjson',
  asff: 'findings.asff.ndjson',
  sarif: 'results.sarif',
  html: 'report.html',
};

export interface ReportInput {
  readonly head: ScanResultHead;
  /** Counted over every finding already. */
  readonly tally: ScanTally;
  /** The findings, read again for each file. */
  readonly findings: () => AsyncIterable<ResultFinding>;
  /** Mute id → why (SARIF suppressions). */
  readonly muteReasons: ReadonlyMap<string, string>;
  /** ASFF: the Security Hub that imports (default: the management account, or the scanned account). */
  readonly securityHub: { readonly accountId: string | null; readonly region: string };
  readonly frameworks?: readonly Framework[];
}

/**
 * A command-line finding as the export formats read it: the CLI keeps no history, so the finding was
 * first and last seen by this scan.
 */
function exportFindings(input: ReportInput): AsyncIterable<ExportFinding> {
  const { scan, accounts } = input.head;
  const names = new Map(accounts.map((account) => [account.accountId, account.accountName]));
  const observedAt = new Date(scan.startedAt);
  return (async function* () {
    for await (const finding of input.findings()) {
      yield {
        ...finding,
        organizationId: scan.organization.id,
        accountName: names.get(finding.accountId) ?? null,
        evidence: finding.evidence as ExportFinding['evidence'],
        open: finding.status === 'FAIL',
        present: true,
        firstSeen: observedAt,
        lastSeen: observedAt,
        statusChangedAt: null,
        scanId: scan.id,
        observedAt,
      };
    }
  })();
}

async function* lines(
  format: ExportFormat,
  input: ReportInput,
  context: ExportContext,
): AsyncGenerator<string> {
  if (format.header) yield format.header;
  let chunk = '';
  for await (const finding of exportFindings(input)) {
    chunk += format.line(finding, context);
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function render(format: FileFormat, input: ReportInput): AsyncIterable<string> {
  const { head } = input;
  const organization = head.scan.organization;
  const context: ExportContext = {
    organization: {
      id: organization.id,
      name: organization.name,
      awsOrganizationId: organization.awsOrganizationId,
    },
    securityHub: {
      accountId: input.securityHub.accountId ?? organization.managementAccountId ?? organization.id,
      region: input.securityHub.region,
    },
    productVersion: head.tool.version,
  };
  switch (format) {
    case 'json':
      return scanResultJson(head, input.findings());
    case 'sarif':
      return sarifLog(head, input.findings(), { muteReasons: input.muteReasons });
    case 'html':
      return htmlReport({
        head,
        tally: input.tally,
        findings: input.findings,
        generatedAt: new Date(),
        ...(input.frameworks ? { frameworks: input.frameworks } : {}),
      });
    case 'csv':
      return lines(csvFormat, input, context);
    case 'ndjson':
      return lines(ndjsonFormat, input, context);
    case 'ocsf':
      return lines(ocsfFormat, input, context);
    case 'asff':
      return lines(asffFormat, input, context);
  }
}

/**
 * Writes each file format into `directory` (created if needed), each streamed to a temporary name and
 * renamed when complete, so a reader never sees half a report. Returns the paths written.
 */
export async function writeOutputs(
  formats: readonly OutputFormat[],
  directory: string,
  input: ReportInput,
): Promise<string[]> {
  const files = formats.filter((format): format is FileFormat => format !== 'summary');
  if (files.length === 0) return [];
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const format of files) {
    const path = join(directory, OUTPUT_FILES[format]);
    const partial = `${path}.partial`;
    try {
      await pipeline(Readable.from(render(format, input)), createWriteStream(partial, { encoding: 'utf8' }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    written.push(path);
  }
  return written;
}
