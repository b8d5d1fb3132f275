import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';

const ROWS = 200_000;
const MESSAGE_BYTES = 400;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

let orgscan: InProcessOrgscan;

beforeAll(async () => {
  orgscan = await startInProcessOrgscan({ inProcessWorker: false });
  // A large posture written directly: the export is what is under test, not the scan.
  await orgscan.database.pool.query(
    `INSERT INTO finding_state (organization_id, fingerprint, account_id, region, check_id, resource_id,
                                resource_type, status, severity, severity_rank, message, open, present,
                                first_seen, status_changed_at, first_scan_id)
     SELECT 'default', md5(g::text), lpad((g % 1000)::text, 12, '0'), 'eu-west-1', 'ec2-ebs-volume-encrypted',
            'arn:aws:ec2:eu-west-1:' || lpad((g % 1000)::text, 12, '0') || ':volume/vol-' || g, 'AwsEc2Volume',
            CASE WHEN g % 3 = 0 THEN 'FAIL' ELSE 'PASS' END, 'medium', 2, repeat('m', $1::int), g % 3 = 0, true,
            now(), now(), '00000000-0000-4000-8000-000000000000'
     FROM generate_series(1, $2::int) g`,
    [MESSAGE_BYTES, ROWS],
  );
  await orgscan.database.pool.query(
    `INSERT INTO finding_sightings (organization_id, fingerprint, last_seen, last_scan_id)
     SELECT 'default', md5(g::text), now(), '00000000-0000-4000-8000-000000000000' FROM generate_series(1, $1::int) g`,
    [ROWS],
  );
}, 120_000);

afterAll(async () => {
  await orgscan?.close();
});

describe('streaming exports', () => {
  it(`streams ${ROWS.toLocaleString('en')} findings with flat memory: the heap never holds the export`, async () => {
    const baseline = heapUsed();
    const url = new URL(`${orgscan.baseUrl}/v1/findings/export?format=ndjson`);
    let bytes = 0;
    let lines = 0;
    let maxGrowth = 0;
    let nextSample = 0;
    await new Promise<void>((resolve, reject) => {
      const outgoing = request(
        url,
        { headers: { authorization: `Bearer ${orgscan.apiKey}` } },
        (response) => {
          expect(response.statusCode).toBe(200);
          expect(response.headers['content-type']).toContain('application/x-ndjson');
          response.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            for (const byte of chunk) if (byte === 10) lines += 1;
            // Sample the heap every ~8 MB received: client and server share this process and this heap.
            if (bytes >= nextSample) {
              nextSample = bytes + 8 * 1024 * 1024;
              maxGrowth = Math.max(maxGrowth, heapUsed() - baseline);
            }
          });
          response.on('end', resolve);
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
    expect(lines).toBe(ROWS);
    expect(bytes).toBeGreaterThan(ROWS * MESSAGE_BYTES);
    // Loading the rows (or the body) at once would grow the heap by at least the body's size; streaming
    // keeps a few batches in flight whatever the size.
    expect(maxGrowth).toBeLessThan(bytes / 4);
    expect(maxGrowth).toBeLessThan(40 * 1024 * 1024);
  }, 120_000);

  it('limits concurrent exports: the next one is told to retry', async () => {
    const open = async () => {
      const controller = new AbortController();
      const response = await orgscan.fetch('/v1/findings/export?format=csv', { signal: controller.signal });
      return { response, controller };
    };
    // The harness allows two at once; the third is refused while the first two are still streaming.
    const first = await open();
    const second = await open();
    const third = await orgscan.fetch('/v1/findings/export?format=csv');
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('10');
    first.controller.abort();
    second.controller.abort();
  });
});
