import { describe, expect, it } from 'vitest';
import { codebuildProject, evaluate, InventoryBuilder, readFailed } from '../../fixtures/index.js';
import type { CodebuildProject } from '../../inventory/codebuild.js';
import { codebuildProjectLoggingEnabled } from './codebuild-project-logging-enabled.js';

const inRegion = (...projects: CodebuildProject[]) =>
  evaluate(
    codebuildProjectLoggingEnabled,
    new InventoryBuilder().regional('us-east-1', 'codebuild.projects', projects).build(),
  );

describe('codebuild-project-logging-enabled', () => {
  it('passes the region when it has no project', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes projects logging to CloudWatch Logs or S3 and fails those logging nowhere', () => {
    const findings = inRegion(
      codebuildProject('cloudwatch'),
      codebuildProject('s3-only', {
        cloudWatchLogsEnabled: false,
        s3Logs: { enabled: true, encrypted: true },
      }),
      codebuildProject('silent', { cloudWatchLogsEnabled: false }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'PASS', 'FAIL']);
    expect(findings[1]?.message).toBe('Project s3-only sends build logs to S3.');
    expect(findings[2]?.message).toBe(
      'Project silent keeps no build logs (CloudWatch Logs and S3 logs disabled).',
    );
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
    expect(evaluate(codebuildProjectLoggingEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
