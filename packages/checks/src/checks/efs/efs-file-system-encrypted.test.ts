import { describe, expect, it } from 'vitest';
import { efsFileSystem, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EfsFileSystem } from '../../inventory/efs.js';
import { efsFileSystemEncrypted } from './efs-file-system-encrypted.js';

const inRegion = (...fileSystems: EfsFileSystem[]) =>
  evaluate(
    efsFileSystemEncrypted,
    new InventoryBuilder().regional('eu-west-1', 'efs.fileSystems', fileSystems).build(),
  );

describe('efs-file-system-encrypted', () => {
  it('passes the region when it has no file system', () => {
    expect(inRegion()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/eu-west-1' },
    ]);
  });

  it('passes encrypted file systems and fails the others', () => {
    const named = { ...efsFileSystem('fs-2', false, 'eu-west-1'), name: 'shared-home' };
    const findings = inRegion(efsFileSystem('fs-1', true, 'eu-west-1'), named);
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:elasticfilesystem:eu-west-1:111111111111:file-system/fs-1', 'PASS'],
      ['arn:aws:elasticfilesystem:eu-west-1:111111111111:file-system/fs-2', 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('File system fs-2 (shared-home) is not encrypted at rest.');
  });

  it('is an ERROR when the file systems cannot be described', () => {
    const inventory = new InventoryBuilder()
      .regionalError('eu-west-1', 'efs.fileSystems', 'AccessDeniedException', 'efs:DescribeFileSystems')
      .build();
    expect(evaluate(efsFileSystemEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
