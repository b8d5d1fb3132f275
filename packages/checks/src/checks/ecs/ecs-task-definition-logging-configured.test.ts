import { describe, expect, it } from 'vitest';
import { ecsTaskDefinition, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcsTaskDefinition } from '../../inventory/ecs.js';
import { ecsTaskDefinitionLoggingConfigured } from './ecs-task-definition-logging-configured.js';

const inRegion = (...definitions: EcsTaskDefinition[]) =>
  evaluate(
    ecsTaskDefinitionLoggingConfigured,
    new InventoryBuilder().regional('us-east-1', 'ecs.taskDefinitions', definitions).build(),
  );

const statuses = (...definitions: EcsTaskDefinition[]) =>
  inRegion(...definitions).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('ecs-task-definition-logging-configured', () => {
  it('passes the region when it has no active task definition', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails the latest revision with any container without a log driver', () => {
    const findings = inRegion(
      ecsTaskDefinition('web', 1, [
        { name: 'app', logDriver: 'awslogs' },
        { name: 'router', logDriver: 'awsfirelens' },
      ]),
      ecsTaskDefinition('worker', 1, [{ name: 'job', logDriver: 'awslogs' }, { name: 'sidecar' }]),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]).toMatchObject({
      message: 'In task definition worker:1, container(s) sidecar have no log configuration.',
      evidence: { containers: ['sidecar'] },
    });
  });

  it('judges only the latest active revision of each family', () => {
    expect(
      statuses(
        ecsTaskDefinition('worker', 1, [{ name: 'job' }]),
        ecsTaskDefinition('worker', 2, [{ name: 'job', logDriver: 'awslogs' }]),
      ),
    ).toEqual([['worker:2', 'PASS']]);
  });

  it('is an ERROR with the AWS code when the task definitions cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecs.taskDefinitions', 'AccessDeniedException', 'ecs:ListTaskDefinitions')
      .build();
    expect(evaluate(ecsTaskDefinitionLoggingConfigured, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
