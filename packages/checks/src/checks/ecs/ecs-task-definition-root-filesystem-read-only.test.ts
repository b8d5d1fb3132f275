import { describe, expect, it } from 'vitest';
import { ecsTaskDefinition, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcsTaskDefinition } from '../../inventory/ecs.js';
import { ecsTaskDefinitionRootFilesystemReadOnly } from './ecs-task-definition-root-filesystem-read-only.js';

const inRegion = (...definitions: EcsTaskDefinition[]) =>
  evaluate(
    ecsTaskDefinitionRootFilesystemReadOnly,
    new InventoryBuilder().regional('us-east-1', 'ecs.taskDefinitions', definitions).build(),
  );

const statuses = (...definitions: EcsTaskDefinition[]) =>
  inRegion(...definitions).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('ecs-task-definition-root-filesystem-read-only', () => {
  it('passes the region when it has no active task definition', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails the latest revision with any container whose root filesystem is writable, absent setting included', () => {
    const findings = inRegion(
      ecsTaskDefinition('web', 1, [
        { name: 'app', readonlyRootFilesystem: true },
        { name: 'proxy', readonlyRootFilesystem: true },
      ]),
      ecsTaskDefinition('worker', 1, [{ name: 'job', readonlyRootFilesystem: true }, { name: 'sidecar' }]),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]).toMatchObject({
      message: 'In task definition worker:1, container(s) sidecar can write to their root filesystem.',
      evidence: { containers: ['sidecar'] },
    });
  });

  it('judges only the latest active revision of each family', () => {
    expect(
      statuses(
        ecsTaskDefinition('web', 8, [{ name: 'app', readonlyRootFilesystem: true }]),
        ecsTaskDefinition('web', 7, [{ name: 'app' }]),
      ),
    ).toEqual([['web:8', 'PASS']]);
  });

  it('is an ERROR with the AWS code when the task definitions cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecs.taskDefinitions', 'AccessDeniedException', 'ecs:ListTaskDefinitions')
      .build();
    expect(evaluate(ecsTaskDefinitionRootFilesystemReadOnly, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
