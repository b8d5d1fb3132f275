import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { describe, expect, it } from 'vitest';
import { ScanResultSchema } from './scan-result.js';
import { readScanResult, ScanResultReadError, scanResultJson } from './scan-result-json.js';
import { collect, fixtureResult, stream } from './test-support/result-fixture.js';

const directory = mkdtempSync(join(tmpdir(), 'orgscan-result-'));

async function read(path: string) {
  const saved = await readScanResult(path);
  const findings = [];
  for await (const finding of saved.findings()) findings.push(finding);
  return { head: saved.head, findings };
}

describe('the JSON result', () => {
  it('is one JSON document matching the result schema, written a finding per line', async () => {
    const { head, findings } = fixtureResult();
    const text = await collect(scanResultJson(head, stream(findings)));
    const parsed = JSON.parse(text);
    expect(TypeCompiler.Compile(ScanResultSchema).Check(parsed)).toBe(true);
    expect(parsed.findings).toHaveLength(findings.length);
    expect(text.split('\n')).toHaveLength(findings.length + 3);
  });

  it('is read back as it streams, and in any other layout as a whole', async () => {
    const { head, findings } = fixtureResult();
    const streamed = join(directory, 'streamed.json');
    writeFileSync(streamed, await collect(scanResultJson(head, stream(findings))));
    expect(await read(streamed)).toEqual({ head, findings });
    const pretty = join(directory, 'pretty.json');
    writeFileSync(pretty, JSON.stringify({ ...head, findings }, null, 2));
    expect(await read(pretty)).toEqual({ head, findings });
    const empty = join(directory, 'empty.json');
    writeFileSync(empty, await collect(scanResultJson(head, stream([]))));
    expect((await read(empty)).findings).toEqual([]);
  });

  it('refuses what is not an orgscan result, naming the problem', async () => {
    const { head, findings } = fixtureResult();
    const other = join(directory, 'other.json');
    writeFileSync(other, '{"hello":"world"}');
    await expect(readScanResult(other)).rejects.toThrow(/is not an orgscan scan result/);
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, 'not json');
    await expect(readScanResult(broken)).rejects.toThrow(ScanResultReadError);
    const badFinding = join(directory, 'bad-finding.json');
    writeFileSync(
      badFinding,
      await collect(scanResultJson(head, stream([{ ...findings[0]!, status: 'MAYBE' as never }]))),
    );
    await expect(read(badFinding)).rejects.toThrow(/bad-finding.json:2: \/status/);
  });
});
