import {
  GetTopicAttributesCommand,
  ListTopicsCommand,
  NotFoundException,
  SNSClient,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { snsTopicsCollector } from './sns.js';

const sns = mockClient(SNSClient);

beforeEach(() => {
  sns.reset();
});

afterAll(() => {
  sns.restore();
});

const REGION = 'us-east-1';
const topicArn = (name: string) => `arn:aws:sns:${REGION}:${TEST_ACCOUNT_ID}:${name}`;
const context = (): CollectorContext => ({
  api: mockedApi().api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: REGION,
  sleep: async () => {},
});
const publicPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: topicArn('alerts') },
  ],
});

describe('snsTopicsCollector', () => {
  it('lists every page of topics and reads each one: normalized policy and subscription counts', async () => {
    sns
      .on(ListTopicsCommand, { NextToken: undefined })
      .resolves({ Topics: [{ TopicArn: topicArn('alerts') }], NextToken: 'next' })
      .on(ListTopicsCommand, { NextToken: 'next' })
      .resolves({ Topics: [{ TopicArn: topicArn('quiet') }] });
    sns
      .on(GetTopicAttributesCommand, { TopicArn: topicArn('alerts') })
      .resolves({
        Attributes: {
          TopicArn: topicArn('alerts'),
          Policy: publicPolicy,
          SubscriptionsConfirmed: '2',
          SubscriptionsPending: '1',
        },
      })
      .on(GetTopicAttributesCommand, { TopicArn: topicArn('quiet') })
      .resolves({ Attributes: { TopicArn: topicArn('quiet') } });

    const topics = await snsTopicsCollector.collect(context());

    expect(topics).toEqual([
      {
        arn: topicArn('alerts'),
        name: 'alerts',
        policyStatements: [
          expect.objectContaining({ sid: 'Open', effect: 'Allow', principals: { '*': ['*'] } }),
        ],
        subscriptionsConfirmed: 2,
        subscriptionsPending: 1,
      },
      {
        arn: topicArn('quiet'),
        name: 'quiet',
        policyStatements: [],
        subscriptionsConfirmed: 0,
        subscriptionsPending: 0,
      },
    ]);
    expect(JSON.stringify(topics)).not.toContain('"Version"');
  });

  it('keeps a topic whose policy cannot be parsed, with null statements', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topicArn('odd') }] });
    sns.on(GetTopicAttributesCommand).resolves({ Attributes: { Policy: 'not json' } });
    await expect(snsTopicsCollector.collect(context())).resolves.toMatchObject([
      { name: 'odd', policyStatements: null },
    ]);
  });

  it('gives an empty list when the region has no topic, and skips a topic deleted after listing', async () => {
    sns.on(ListTopicsCommand).resolves({ Topics: [] });
    await expect(snsTopicsCollector.collect(context())).resolves.toEqual([]);
    sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topicArn('gone') }] });
    sns
      .on(GetTopicAttributesCommand)
      .rejects(new NotFoundException({ message: 'Topic does not exist', $metadata: {} }));
    await expect(snsTopicsCollector.collect(context())).resolves.toEqual([]);
  });

  it('propagates AuthorizationError (SNS access denied) as an AwsCallError with the code', async () => {
    sns
      .on(ListTopicsCommand)
      .rejects(awsError('AuthorizationError', 403, 'not authorized to perform SNS:ListTopics'));
    const failure = snsTopicsCollector.collect(context());
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({ code: 'AuthorizationError', kind: 'access-denied' });
  });
});
