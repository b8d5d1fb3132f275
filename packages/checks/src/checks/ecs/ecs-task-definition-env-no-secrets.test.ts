import { describe, expect, it } from 'vitest';
import { ecsTaskDefinition, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcsTaskDefinition } from '../../inventory/ecs.js';
import { ecsTaskDefinitionEnvNoSecrets } from './ecs-task-definition-env-no-secrets.js';

const inRegion = (...definitions: EcsTaskDefinition[]) =>
  evaluate(
    ecsTaskDefinitionEnvNoSecrets,
    new InventoryBuilder().regional('us-east-1', 'ecs.taskDefinitions', definitions).build(),
  );

describe('ecs-task-definition-env-no-secrets', () => {
  it('passes the region when it has no active task definition', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes clean revisions and fails the ones with credentials, naming container and variable', () => {
    const findings = inRegion(
      ecsTaskDefinition('web', 1, [{ name: 'app', secretShapedVariables: [] }]),
      ecsTaskDefinition('worker', 3, [
        { name: 'sidecar', secretShapedVariables: [] },
        {
          name: 'job',
          secretShapedVariables: [
            { name: 'AWS_ACCESS_KEY_ID', reason: 'access-key-id' },
            { name: 'AWS_SECRET_ACCESS_KEY', reason: 'secret-access-key' },
          ],
        },
      ]),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:ecs:us-east-1:111111111111:task-definition/web:1', 'PASS'],
      ['arn:aws:ecs:us-east-1:111111111111:task-definition/worker:3', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      resourceType: 'AwsEcsTaskDefinition',
      evidence: { variables: ['job/AWS_ACCESS_KEY_ID', 'job/AWS_SECRET_ACCESS_KEY'] },
    });
    expect(findings[1]?.message).toContain(
      'Task definition worker:3 holds credentials in its environment (container job:',
    );
  });

  it('is an ERROR when the task definitions cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecs.taskDefinitions', 'AccessDeniedException', 'ecs:ListTaskDefinitions')
      .build();
    expect(evaluate(ecsTaskDefinitionEnvNoSecrets, inventory)).toMatchObject([{ status: 'ERROR' }]);
  });
});
