import { describe, expect, it } from 'vitest';
import { ecrRepository, evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { EcrRepository } from '../../inventory/ecr.js';
import { ecrRepositoryLifecyclePolicySet } from './ecr-repository-lifecycle-policy-set.js';

const inRegion = (...repositories: EcrRepository[]) =>
  evaluate(
    ecrRepositoryLifecyclePolicySet,
    new InventoryBuilder().regional('us-east-1', 'ecr.repositories', repositories).build(),
  );

describe('ecr-repository-lifecycle-policy-set', () => {
  it('passes the region when it has no repository', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes repositories with a lifecycle policy and fails those without', () => {
    const findings = inRegion(
      ecrRepository('api'),
      ecrRepository('scratch', { hasLifecyclePolicy: readOk(false) }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]?.message).toBe('Repository scratch has no lifecycle policy.');
  });

  it('is an ERROR with the AWS code for a repository whose policy cannot be read, and for an unreadable list', () => {
    expect(
      inRegion(
        ecrRepository('locked', {
          hasLifecyclePolicy: readFailed('AccessDeniedException', 'ecr:GetLifecyclePolicy'),
        }),
      ),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsEcrRepository' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecr.repositories', 'AccessDeniedException', 'ecr:DescribeRepositories')
      .build();
    expect(evaluate(ecrRepositoryLifecyclePolicySet, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
