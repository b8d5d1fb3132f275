import { describe, expect, it } from 'vitest';
import { accountCellCoverage, cellCount, coverageRatio, notScannedAccountCells } from './cell-coverage.js';
import type { FindingStatus } from './model/finding-status.js';

const regional = { id: 'ec2-regional', scope: 'regional' as const };
const otherRegional = { id: 's3-regional', scope: 'regional' as const };
const global = { id: 'iam-global', scope: 'global' as const };
const regions = ['eu-west-1', 'us-east-1'];

const finding = (checkId: string, region: string, status: FindingStatus) => ({ checkId, region, status });

describe('cellCount', () => {
  it('counts a regional check once per region and a global check once', () => {
    expect(cellCount([regional, otherRegional, global], 3)).toBe(7);
    expect(cellCount([regional, global], 0)).toBe(1);
  });
});

describe('accountCellCoverage', () => {
  it('judges a cell whose findings are all decided, SKIPPED and MANUAL included', () => {
    const findings = [
      finding('ec2-regional', 'eu-west-1', 'PASS'),
      finding('ec2-regional', 'eu-west-1', 'FAIL'),
      finding('ec2-regional', 'us-east-1', 'SKIPPED'),
      finding('iam-global', 'global', 'MANUAL'),
    ];
    expect(accountCellCoverage([regional, global], regions, findings)).toEqual({ judged: 3, total: 3 });
  });

  it('does not judge a cell with one ERROR among PASS findings', () => {
    const findings = [
      finding('ec2-regional', 'eu-west-1', 'PASS'),
      finding('ec2-regional', 'eu-west-1', 'ERROR'),
      finding('ec2-regional', 'eu-west-1', 'PASS'),
      finding('ec2-regional', 'us-east-1', 'FAIL'),
    ];
    expect(accountCellCoverage([regional], regions, findings)).toEqual({ judged: 1, total: 2 });
  });

  it('does not judge a SKIPPED cell that also has an ERROR', () => {
    const findings = [
      finding('ec2-regional', 'eu-west-1', 'SKIPPED'),
      finding('ec2-regional', 'eu-west-1', 'ERROR'),
    ];
    expect(accountCellCoverage([regional], ['eu-west-1'], findings)).toEqual({ judged: 0, total: 1 });
  });

  it('counts a global check as one cell, whatever the regions, and an ERROR there as not judged', () => {
    const findings = [finding('iam-global', 'global', 'ERROR'), finding('ec2-regional', 'eu-west-1', 'PASS')];
    expect(accountCellCoverage([global, regional], ['eu-west-1'], findings)).toEqual({ judged: 1, total: 2 });
  });

  it('does not judge a cell without findings, nor count findings outside the selected cells', () => {
    const findings = [
      finding('ec2-regional', 'eu-west-1', 'PASS'),
      // a region that was not scanned and a check that was not selected: not cells of this account
      finding('ec2-regional', 'ap-south-1', 'PASS'),
      finding('unselected', 'eu-west-1', 'PASS'),
    ];
    expect(accountCellCoverage([regional, otherRegional], regions, findings)).toEqual({
      judged: 1,
      total: 4,
    });
  });

  it('has only the global cells when no region was scanned', () => {
    expect(accountCellCoverage([regional, global], [], [finding('iam-global', 'global', 'PASS')])).toEqual({
      judged: 1,
      total: 1,
    });
  });
});

describe('notScannedAccountCells (a failed or cancelled account: regions never discovered)', () => {
  // iam-root-mfa-enabled is global, ec2-ebs-encryption-by-default-enabled regional.
  const selected = ['iam-root-mfa-enabled', 'ec2-ebs-encryption-by-default-enabled'];

  it('estimates its regions as the regions the scan covered in its other accounts', () => {
    expect(notScannedAccountCells(selected, ['eu-west-1', 'us-east-1', 'us-west-2'], ['eu-west-1'])).toBe(4);
  });

  it('falls back to the region allow-list, then to one region, when no account was scanned', () => {
    expect(notScannedAccountCells(selected, [], ['eu-west-1', 'us-east-1'])).toBe(3);
    expect(notScannedAccountCells(selected, [], null)).toBe(2);
  });

  it('counts a selected check that is no longer in the registry as one cell', () => {
    expect(notScannedAccountCells(['retired-check'], ['eu-west-1', 'us-east-1'], null)).toBe(1);
  });
});

describe('coverageRatio', () => {
  it('is judged / total, and 1 when there is nothing to judge', () => {
    expect(coverageRatio(3, 4)).toBe(0.75);
    expect(coverageRatio(0, 0)).toBe(1);
  });
});
