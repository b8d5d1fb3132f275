import { describe, expect, it } from 'vitest';
import { ecsTaskDefinition, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcsTaskDefinition } from '../../inventory/ecs.js';
import { ecsTaskDefinitionContainersNonPrivileged } from './ecs-task-definition-containers-non-privileged.js';

const inRegion = (...definitions: EcsTaskDefinition[]) =>
  evaluate(
    ecsTaskDefinitionContainersNonPrivileged,
    new InventoryBuilder().regional('us-east-1', 'ecs.taskDefinitions', definitions).build(),
  );

const statuses = (...definitions: EcsTaskDefinition[]) =>
  inRegion(...definitions).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('ecs-task-definition-containers-non-privileged', () => {
  it('passes the region when it has no active task definition', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails the latest revision with any privileged container', () => {
    const findings = inRegion(
      ecsTaskDefinition('web', 1, [{ name: 'app' }, { name: 'proxy' }]),
      ecsTaskDefinition('monitor', 1, [{ name: 'app' }, { name: 'node-exporter', privileged: true }]),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]).toMatchObject({
      message: 'In task definition monitor:1, container(s) node-exporter run privileged on the host.',
      evidence: { containers: ['node-exporter'] },
    });
  });

  it('judges only the latest active revision of each family', () => {
    expect(
      statuses(
        ecsTaskDefinition('monitor', 1, [{ name: 'node-exporter' }]),
        ecsTaskDefinition('monitor', 2, [{ name: 'node-exporter', privileged: true }]),
      ),
    ).toEqual([['monitor:2', 'FAIL']]);
  });

  it('is an ERROR with the AWS code when the task definitions cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecs.taskDefinitions', 'AccessDeniedException', 'ecs:ListTaskDefinitions')
      .build();
    expect(evaluate(ecsTaskDefinitionContainersNonPrivileged, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
