import { describe, expect, it } from 'vitest';
import {
  finalizeScanJobId,
  InvalidJobPayloadError,
  parseJobData,
  ScanAccountJobSchema,
  scanAccountJobId,
} from './queue-contracts.js';

const SCAN_ID = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';
const OTHER_SCAN_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('queue contracts', () => {
  it('builds deterministic job ids without colons, one per scan, account and round', () => {
    expect(scanAccountJobId(SCAN_ID, '123456789012')).toBe(`scan-${SCAN_ID}-acct-123456789012`);
    expect(finalizeScanJobId(SCAN_ID)).not.toContain(':');
    // A retry round is a new job (a finished job id would be ignored by BullMQ), distinct per account.
    const ids = [
      scanAccountJobId(SCAN_ID, '123456789012'),
      scanAccountJobId(SCAN_ID, '123456789012', 1),
      scanAccountJobId(SCAN_ID, '210987654321'),
      scanAccountJobId(OTHER_SCAN_ID, '123456789012'),
      finalizeScanJobId(SCAN_ID),
      finalizeScanJobId(SCAN_ID, 1),
      finalizeScanJobId(OTHER_SCAN_ID),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toContain(':');
  });

  it('accepts a valid scan-account payload', () => {
    const data = {
      scanId: SCAN_ID,
      organizationId: 'default',
      accountId: '123456789012',
      roleArn: 'arn:aws:iam::123456789012:role/OrgScanReadOnly',
    };
    expect(parseJobData('scan-account', ScanAccountJobSchema, data)).toEqual(data);
  });

  it('rejects a payload with a bad id, an extra field (credentials) or a missing field, listing each', () => {
    let error: InvalidJobPayloadError | undefined;
    try {
      parseJobData('scan-account', ScanAccountJobSchema, {
        scanId: 'not-a-uuid',
        organizationId: 'default',
        accountId: '12345',
        secretAccessKey: 'x',
      });
    } catch (caught) {
      error = caught as InvalidJobPayloadError;
    }
    expect(error).toBeInstanceOf(InvalidJobPayloadError);
    const text = error?.problems.join('\n') ?? '';
    expect(text).toContain('/scanId');
    expect(text).toContain('/accountId');
    expect(text).toContain('roleArn');
    expect(text).toContain('secretAccessKey');
  });
});
