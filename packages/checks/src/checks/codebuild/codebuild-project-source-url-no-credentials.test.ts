import { describe, expect, it } from 'vitest';
import { codebuildProject, evaluate, InventoryBuilder, readFailed } from '../../fixtures/index.js';
import type { CodebuildProject } from '../../inventory/codebuild.js';
import { codebuildProjectSourceUrlNoCredentials } from './codebuild-project-source-url-no-credentials.js';

const inRegion = (...projects: CodebuildProject[]) =>
  evaluate(
    codebuildProjectSourceUrlNoCredentials,
    new InventoryBuilder().regional('us-east-1', 'codebuild.projects', projects).build(),
  );

describe('codebuild-project-source-url-no-credentials', () => {
  it('passes the region when it has no project', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes projects without credentials in a Bitbucket URL and fails those with', () => {
    const findings = inRegion(
      codebuildProject('clean'),
      codebuildProject('leaky', { sourcesWithUrlCredentials: ['primary', 'libs'] }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]?.message).toBe(
      'Project leaky embeds credentials in the URL of its Bitbucket source primary, libs.',
    );
    expect(findings[1]?.resourceId).toBe('arn:aws:codebuild:us-east-1:111111111111:project/leaky');
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
    expect(evaluate(codebuildProjectSourceUrlNoCredentials, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
