import {
  GetQueueAttributesCommand,
  ListQueuesCommand,
  QueueDoesNotExist,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { sqsQueuesCollector } from './sqs.js';

const sqs = mockClient(SQSClient);

beforeEach(() => {
  sqs.reset();
});

afterAll(() => {
  sqs.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const url = (name: string) => `https://sqs.us-east-1.amazonaws.com/${TEST_ACCOUNT_ID}/${name}`;
const queueArn = (name: string) => `arn:aws:sqs:us-east-1:${TEST_ACCOUNT_ID}:${name}`;

describe('sqsQueuesCollector', () => {
  it('pages ListQueues with NextToken and reads each queue policy and encryption', async () => {
    sqs
      .on(ListQueuesCommand)
      .resolves({ QueueUrls: [url('a')], NextToken: 't2' })
      .on(ListQueuesCommand, { MaxResults: 1000, NextToken: 't2' })
      .resolves({ QueueUrls: [url('b'), url('c')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('a') }).resolves({
      Attributes: {
        QueueArn: queueArn('a'),
        SqsManagedSseEnabled: 'false',
        KmsMasterKeyId: 'alias/queues',
        Policy: JSON.stringify({
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }],
        }),
      },
    });
    sqs
      .on(GetQueueAttributesCommand, { QueueUrl: url('b') })
      .resolves({ Attributes: { QueueArn: queueArn('b'), SqsManagedSseEnabled: 'true' } });
    sqs
      .on(GetQueueAttributesCommand, { QueueUrl: url('c') })
      .resolves({ Attributes: { QueueArn: queueArn('c'), SqsManagedSseEnabled: 'false' } });

    const queues = await sqsQueuesCollector.collect(context(mockedApi().api));

    expect(queues).toEqual([
      {
        url: url('a'),
        arn: queueArn('a'),
        name: 'a',
        policy: { ok: true, value: [expect.objectContaining({ actions: ['sqs:SendMessage'] })] },
        encryption: { ok: true, value: { sqsManagedSse: false, kmsMasterKeyId: 'alias/queues' } },
      },
      {
        url: url('b'),
        arn: queueArn('b'),
        name: 'b',
        policy: { ok: true, value: null },
        encryption: { ok: true, value: { sqsManagedSse: true, kmsMasterKeyId: null } },
      },
      {
        url: url('c'),
        arn: queueArn('c'),
        name: 'c',
        policy: { ok: true, value: null },
        encryption: { ok: true, value: { sqsManagedSse: false, kmsMasterKeyId: null } },
      },
    ]);
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input).toEqual({
      QueueUrl: url('a'),
      AttributeNames: ['Policy', 'QueueArn', 'SqsManagedSseEnabled', 'KmsMasterKeyId'],
    });
  });

  it('drops a queue deleted since the listing and keeps an AccessDenied on its queue', async () => {
    sqs.on(ListQueuesCommand).resolves({ QueueUrls: [url('gone'), url('locked')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('gone') }).rejects(
      new QueueDoesNotExist({
        message: 'The specified queue does not exist.',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    sqs.on(GetQueueAttributesCommand, { QueueUrl: url('locked') }).rejects(awsError('AccessDenied', 403));

    const queues = await sqsQueuesCollector.collect(context(mockedApi().api));

    expect(queues).toEqual([
      {
        url: url('locked'),
        arn: queueArn('locked'),
        name: 'locked',
        policy: { ok: false, code: 'AccessDenied', operation: 'sqs:GetQueueAttributes' },
        encryption: { ok: false, code: 'AccessDenied', operation: 'sqs:GetQueueAttributes' },
      },
    ]);
  });

  it('propagates AccessDenied on ListQueues', async () => {
    sqs.on(ListQueuesCommand).rejects(awsError('AccessDenied', 403));
    await expect(sqsQueuesCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: 'sqs:ListQueues',
    });
  });
});
