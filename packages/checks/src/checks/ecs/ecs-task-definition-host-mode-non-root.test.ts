import { describe, expect, it } from 'vitest';
import { ecsTaskDefinition, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcsTaskDefinition } from '../../inventory/ecs.js';
import { ecsTaskDefinitionHostModeNonRoot } from './ecs-task-definition-host-mode-non-root.js';

const inRegion = (...definitions: EcsTaskDefinition[]) =>
  evaluate(
    ecsTaskDefinitionHostModeNonRoot,
    new InventoryBuilder().regional('us-east-1', 'ecs.taskDefinitions', definitions).build(),
  );

const statuses = (...definitions: EcsTaskDefinition[]) =>
  inRegion(...definitions).map((f) => [f.resourceId.split('/').pop(), f.status]);

describe('ecs-task-definition-host-mode-non-root', () => {
  it('passes the region when it has no active task definition', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('fails host-mode revisions with a container running as root, unset user included, unless privileged', () => {
    const host = { networkMode: 'host' };
    const findings = inRegion(
      ecsTaskDefinition('bridge-root', 1, [{ name: 'app' }]),
      ecsTaskDefinition(
        'host-app-user',
        1,
        [
          { name: 'app', user: 'app' },
          { name: 'agent', user: '1000:1000' },
        ],
        'us-east-1',
        host,
      ),
      // AWS's rule lets an explicitly privileged container through.
      ecsTaskDefinition('host-privileged', 1, [{ name: 'agent', privileged: true }], 'us-east-1', host),
      ecsTaskDefinition(
        'host-unset',
        1,
        [{ name: 'app', user: 'app' }, { name: 'proxy' }],
        'us-east-1',
        host,
      ),
      ecsTaskDefinition(
        'host-root',
        1,
        [
          { name: 'a', user: 'root' },
          { name: 'b', user: '0:0' },
          { name: 'c', user: '0' },
        ],
        'us-east-1',
        host,
      ),
      ecsTaskDefinition('awsvpc-root', 1, [{ name: 'app', user: 'root' }], 'us-east-1', {
        networkMode: 'awsvpc',
      }),
    );
    expect(findings.map((f) => [f.resourceId.split('/').pop(), f.status])).toEqual([
      ['bridge-root:1', 'PASS'],
      ['host-app-user:1', 'PASS'],
      ['host-privileged:1', 'PASS'],
      ['host-unset:1', 'FAIL'],
      ['host-root:1', 'FAIL'],
      ['awsvpc-root:1', 'PASS'],
    ]);
    expect(findings[3]).toMatchObject({
      message: 'In task definition host-unset:1, container(s) proxy share the host network and run as root.',
      evidence: { containers: ['proxy'] },
    });
    expect(findings[4]?.evidence).toEqual({ containers: ['a', 'b', 'c'] });
  });

  it('judges only the latest active revision of each family', () => {
    const host = { networkMode: 'host' };
    expect(
      statuses(
        ecsTaskDefinition('agent', 4, [{ name: 'agent' }], 'us-east-1', host),
        ecsTaskDefinition('agent', 5, [{ name: 'agent', user: 'agent' }], 'us-east-1', host),
      ),
    ).toEqual([['agent:5', 'PASS']]);
  });

  it('is an ERROR with the AWS code when the task definitions cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecs.taskDefinitions', 'AccessDeniedException', 'ecs:ListTaskDefinitions')
      .build();
    expect(evaluate(ecsTaskDefinitionHostModeNonRoot, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
