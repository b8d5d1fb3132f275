import { describe, expect, it } from 'vitest';
import { ecrRepository, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcrRepository } from '../../inventory/ecr.js';
import { ecrRepositoryTagImmutable } from './ecr-repository-tag-immutable.js';

const inRegion = (...repositories: EcrRepository[]) =>
  evaluate(
    ecrRepositoryTagImmutable,
    new InventoryBuilder().regional('us-east-1', 'ecr.repositories', repositories).build(),
  );

describe('ecr-repository-tag-immutable', () => {
  it('passes the region when it has no repository', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes IMMUTABLE only: mutable tags and immutability with exclusions fail', () => {
    const findings = inRegion(
      ecrRepository('api'),
      ecrRepository('scratch', { imageTagMutability: 'MUTABLE' }),
      ecrRepository('base', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }),
      ecrRepository('tools', { imageTagMutability: 'MUTABLE_WITH_EXCLUSION' }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:ecr:us-east-1:111111111111:repository/api', 'PASS'],
      ['arn:aws:ecr:us-east-1:111111111111:repository/scratch', 'FAIL'],
      ['arn:aws:ecr:us-east-1:111111111111:repository/base', 'FAIL'],
      ['arn:aws:ecr:us-east-1:111111111111:repository/tools', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      resourceType: 'AwsEcrRepository',
      message: 'Repository scratch lets tags be overwritten (MUTABLE).',
      evidence: { imageTagMutability: 'MUTABLE' },
    });
  });

  it('is an ERROR with the AWS code when the repositories cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecr.repositories', 'AccessDeniedException', 'ecr:DescribeRepositories')
      .build();
    expect(evaluate(ecrRepositoryTagImmutable, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
