import { describe, expect, it } from 'vitest';
import { codebuildProject, evaluate, InventoryBuilder, readFailed } from '../../fixtures/index.js';
import type { CodebuildProject } from '../../inventory/codebuild.js';
import { codebuildProjectEnvNoPlaintextAwsCredentials } from './codebuild-project-env-no-plaintext-aws-credentials.js';

const inRegion = (...projects: CodebuildProject[]) =>
  evaluate(
    codebuildProjectEnvNoPlaintextAwsCredentials,
    new InventoryBuilder().regional('us-east-1', 'codebuild.projects', projects).build(),
  );

describe('codebuild-project-env-no-plaintext-aws-credentials', () => {
  it('passes the region when it has no project', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes projects without plaintext AWS keys and fails those with', () => {
    const findings = inRegion(
      codebuildProject('clean'),
      codebuildProject('keys', {
        plaintextAwsCredentialVariables: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
      }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]?.message).toBe(
      'Project keys holds AWS credentials in plaintext environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.',
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
    expect(evaluate(codebuildProjectEnvNoPlaintextAwsCredentials, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
