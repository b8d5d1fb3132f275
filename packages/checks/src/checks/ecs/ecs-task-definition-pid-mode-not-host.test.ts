import { describe, expect, it } from 'vitest';
import { ecsTaskDefinition, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcsTaskDefinition } from '../../inventory/ecs.js';
import { ecsTaskDefinitionPidModeNotHost } from './ecs-task-definition-pid-mode-not-host.js';

const inRegion = (...definitions: EcsTaskDefinition[]) =>
  evaluate(
    ecsTaskDefinitionPidModeNotHost,
    new InventoryBuilder().regional('us-east-1', 'ecs.taskDefinitions', definitions).build(),
  );

describe('ecs-task-definition-pid-mode-not-host', () => {
  it('passes the region when it has no active task definition', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails the latest revision sharing the host PID namespace and passes task or unset PID modes', () => {
    const findings = inRegion(
      ecsTaskDefinition('plain', 1, [{ name: 'app' }]),
      ecsTaskDefinition('shared-task', 2, [{ name: 'app' }], 'us-east-1', { pidMode: 'task' }),
      ecsTaskDefinition('debugger', 3, [{ name: 'tool' }], 'us-east-1', { pidMode: 'host' }),
      // Superseded by revision 3 of the same family: not judged.
      ecsTaskDefinition('debugger', 2, [{ name: 'tool' }]),
    );
    expect(findings.map((f) => [f.resourceId.split('/').pop(), f.status])).toEqual([
      ['plain:1', 'PASS'],
      ['shared-task:2', 'PASS'],
      ['debugger:3', 'FAIL'],
    ]);
    expect(findings[2]).toMatchObject({
      message: "Task definition debugger:3 shares the host's process namespace (pidMode host).",
      evidence: { pidMode: 'host' },
    });
  });

  it('is an ERROR with the AWS code when the task definitions cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecs.taskDefinitions', 'AccessDeniedException', 'ecs:ListTaskDefinitions')
      .build();
    expect(evaluate(ecsTaskDefinitionPidModeNotHost, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
