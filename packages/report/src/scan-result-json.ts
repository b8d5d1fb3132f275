import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import {
  type ResultFinding,
  ResultFindingSchema,
  SCAN_RESULT_SCHEMA_ID,
  type ScanResult,
  ScanResultSchema,
} from './scan-result.js';

export type ScanResultHead = Omit<ScanResult, 'findings'>;

const FINDINGS_OPENING = '"findings":[';

/**
 * The result as one JSON document, written as it streams: the scan and the accounts on the first line,
 * then one finding per line, so a result of any size is written (and read back by readScanResult) without
 * holding its findings in memory. Any JSON parser reads it as a whole too.
 */
export async function* scanResultJson(
  head: ScanResultHead,
  findings: AsyncIterable<ResultFinding>,
): AsyncGenerator<string> {
  const opening = JSON.stringify({ ...head, findings: [] });
  yield `${opening.slice(0, -2)}\n`;
  let first = true;
  for await (const finding of findings) {
    yield `${first ? '' : ',\n'}${JSON.stringify(finding)}`;
    first = false;
  }
  yield `${first ? '' : '\n'}]}\n`;
}

export class ScanResultReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanResultReadError';
  }
}

/** The result's validators, compiled for one read (compiling is not worth paying when nothing is read). */
function checkers() {
  return { head: TypeCompiler.Compile(ScanResultSchema), finding: TypeCompiler.Compile(ResultFindingSchema) };
}

function problems(
  check: { Errors(value: unknown): Iterable<{ path: string; message: string }> },
  value: unknown,
  where: string,
): string {
  const first = [...check.Errors(value)].slice(0, 3);
  return first.map((error) => `${where}${error.path || '/'}: ${error.message}`).join('; ');
}

export interface SavedScanResult {
  readonly head: ScanResultHead;
  /** The findings, read from the file again at each iteration (so they never all sit in memory). */
  findings(): AsyncIterable<ResultFinding>;
}

/**
 * Reads a result saved by scanResultJson (any JSON layout of the same document is accepted too, read as a
 * whole), validating it: a file that is not an orgscan result, or of another version, is refused with the
 * first problems found.
 */
export async function readScanResult(path: string): Promise<SavedScanResult> {
  const check = checkers();
  const firstLine = await readFirstLine(path);
  if (firstLine.endsWith(FINDINGS_OPENING)) {
    const head = parseJson(`${firstLine}]}`, path) as ScanResult;
    validateHead(head, path, check.head);
    const { findings: _none, ...rest } = head;
    return { head: rest, findings: () => streamFindings(path, check.finding) };
  }
  const { readFile } = await import('node:fs/promises');
  const whole = parseJson(await readFile(path, 'utf8'), path) as ScanResult;
  validateHead({ ...whole, findings: [] }, path, check.head);
  const checkFinding = check.finding;
  whole.findings.forEach((finding, index) => {
    if (!checkFinding.Check(finding))
      throw new ScanResultReadError(`${path}: ${problems(checkFinding, finding, `/findings/${index}`)}`);
  });
  const { findings, ...rest } = whole;
  return {
    head: rest,
    findings: async function* () {
      yield* findings;
    },
  };
}

function validateHead(head: ScanResult, path: string, checkHead: ReturnType<typeof checkers>['head']): void {
  if ((head as { schema?: unknown }).schema !== SCAN_RESULT_SCHEMA_ID) {
    throw new ScanResultReadError(
      `${path} is not an orgscan scan result (expected "schema": "${SCAN_RESULT_SCHEMA_ID}")`,
    );
  }
  if (!checkHead.Check(head)) throw new ScanResultReadError(`${path}: ${problems(checkHead, head, '')}`);
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScanResultReadError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

async function readFirstLine(path: string): Promise<string> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

async function* streamFindings(
  path: string,
  checkFinding: ReturnType<typeof checkers>['finding'],
): AsyncGenerator<ResultFinding> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (number === 1 || line === ']}' || line === '') continue;
    const finding = parseJson(line.endsWith(',') ? line.slice(0, -1) : line, `${path}:${number}`);
    if (!checkFinding.Check(finding)) {
      throw new ScanResultReadError(`${path}:${number}: ${problems(checkFinding, finding, '')}`);
    }
    yield finding;
  }
}
