import { describe, expect, it } from 'vitest';
import { codebuildProject, evaluate, InventoryBuilder, readFailed } from '../../fixtures/index.js';
import type { CodebuildProject } from '../../inventory/codebuild.js';
import { codebuildProjectS3LogsEncrypted } from './codebuild-project-s3-logs-encrypted.js';

const inRegion = (...projects: CodebuildProject[]) =>
  evaluate(
    codebuildProjectS3LogsEncrypted,
    new InventoryBuilder().regional('us-east-1', 'codebuild.projects', projects).build(),
  );

describe('codebuild-project-s3-logs-encrypted', () => {
  it('passes the region when it has no project', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes encrypted S3 logs and projects without S3 logs, fails S3 logs with encryption disabled', () => {
    const findings = inRegion(
      codebuildProject('encrypted', { s3Logs: { enabled: true, encrypted: true } }),
      codebuildProject('no-s3-logs', { s3Logs: { enabled: false, encrypted: false } }),
      codebuildProject('clear', { s3Logs: { enabled: true, encrypted: false } }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'FAIL']);
    expect(findings[2]?.message).toBe('Project clear writes its S3 logs with encryption disabled.');
  });

  it('is an ERROR with the AWS code for a project that cannot be described, and for an unreadable list', () => {
    expect(
      inRegion({
        ...codebuildProject('locked'),
        configuration: readFailed('AccessDeniedException', 'codebuild:BatchGetProjects'),
      }),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsCodeBuildProject' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'codebuild.projects', 'AccessDeniedException', 'codebuild:ListProjects')
      .build();
    expect(evaluate(codebuildProjectS3LogsEncrypted, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
