import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ecsTaskDefinitionsCollector } from './ecs.js';

const ecs = mockClient(ECSClient);

beforeEach(() => {
  ecs.reset();
});

afterAll(() => {
  ecs.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const definitionArn = (name: string) => `arn:aws:ecs:us-east-1:${TEST_ACCOUNT_ID}:task-definition/${name}`;
// Documentation-example credentials: shapes only.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('ecsTaskDefinitionsCollector', () => {
  it('lists ACTIVE revisions page by page with their modes, and per container its settings and secret-shaped variable names', async () => {
    ecs
      .on(ListTaskDefinitionsCommand)
      .resolves({ taskDefinitionArns: [definitionArn('worker:3')], nextToken: 't2' })
      .on(ListTaskDefinitionsCommand, { status: 'ACTIVE', maxResults: 100, nextToken: 't2' })
      .resolves({ taskDefinitionArns: [definitionArn('web:1')] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: definitionArn('worker:3') }).resolves({
      taskDefinition: {
        taskDefinitionArn: definitionArn('worker:3'),
        family: 'worker',
        revision: 3,
        networkMode: 'host',
        pidMode: 'host',
        containerDefinitions: [
          {
            name: 'job',
            privileged: true,
            user: '0:0',
            readonlyRootFilesystem: true,
            logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/worker' } },
            environment: [
              { name: 'AWS_ACCESS_KEY_ID', value: KEY_ID },
              { name: 'AWS_SECRET_ACCESS_KEY', value: SECRET },
              { name: 'QUEUE', value: 'jobs' },
            ],
            secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:1:secret:db' }],
          },
        ],
      },
    });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: definitionArn('web:1') }).resolves({
      taskDefinition: {
        taskDefinitionArn: definitionArn('web:1'),
        family: 'web',
        revision: 1,
        containerDefinitions: [{ name: 'app', environment: [{ name: 'PORT', value: '8080' }] }],
      },
    });

    const definitions = await ecsTaskDefinitionsCollector.collect(context(mockedApi().api));

    expect(definitions).toEqual([
      {
        arn: definitionArn('worker:3'),
        family: 'worker',
        revision: 3,
        networkMode: 'host',
        pidMode: 'host',
        containers: [
          {
            name: 'job',
            secretShapedVariables: [
              { name: 'AWS_ACCESS_KEY_ID', reason: 'access-key-id' },
              { name: 'AWS_SECRET_ACCESS_KEY', reason: 'secret-access-key' },
            ],
            privileged: true,
            user: '0:0',
            readonlyRootFilesystem: true,
            logDriver: 'awslogs',
          },
        ],
      },
      {
        arn: definitionArn('web:1'),
        family: 'web',
        revision: 1,
        // Registered without options: ECS reports no network or PID mode, and the containers' defaults.
        networkMode: null,
        pidMode: null,
        containers: [
          {
            name: 'app',
            secretShapedVariables: [],
            privileged: false,
            user: null,
            readonlyRootFilesystem: false,
            logDriver: null,
          },
        ],
      },
    ]);
    expect(JSON.stringify(definitions)).not.toContain(KEY_ID);
    expect(JSON.stringify(definitions)).not.toContain(SECRET);
    expect(ecs.commandCalls(ListTaskDefinitionsCommand)[0]?.args[0].input).toEqual({
      status: 'ACTIVE',
      maxResults: 100,
    });
  });

  it('propagates AccessDenied', async () => {
    ecs.on(ListTaskDefinitionsCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(ecsTaskDefinitionsCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'ecs:ListTaskDefinitions',
    });
  });
});
