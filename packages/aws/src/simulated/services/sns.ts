import type * as Sns from '@aws-sdk/client-sns';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import { loggingRegion } from '../state/area-state.js';
import type { SimulatedTopic } from '../state/logging-state.js';
import { page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Sns>> = SimulatedAnswer<typeof Sns, Op>;

const topicArn = (account: SimulatedAccount, region: string, topic: SimulatedTopic) =>
  `arn:aws:sns:${region}:${account.id}:${topic.name}`;

/** The policy SNS gives a new topic: every principal, but only on behalf of the owner account. */
function defaultTopicPolicy(arn: string, accountId: string): object {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: arn,
        Condition: { StringEquals: { 'AWS:SourceOwner': accountId } },
      },
    ],
  };
}

/** Simulated SNS: the topics of `services.logging`, with the default policy SNS gives a new topic. */
export const simulatedSns = {
  ListTopics: (request): Answer<'ListTopics'> => {
    const topics = loggingRegion(request.caller, request.region).topics ?? [];
    const { items, next } = page(topics, request.input.NextToken, 100);
    return {
      Topics: items.map((topic) => ({ TopicArn: topicArn(request.caller, request.region, topic) })),
      ...(next ? { NextToken: next } : {}),
    };
  },
  GetTopicAttributes: (request): Answer<'GetTopicAttributes'> => {
    const arn: string | undefined = request.input.TopicArn;
    const topic = (loggingRegion(request.caller, request.region).topics ?? []).find(
      (candidate) => topicArn(request.caller, request.region, candidate) === arn,
    );
    if (!arn || !topic) throw simulatedError('NotFoundException', 'Topic does not exist', 404);
    return {
      Attributes: {
        TopicArn: arn,
        Owner: request.caller.id,
        Policy: JSON.stringify(topic.policy ?? defaultTopicPolicy(arn, request.caller.id)),
        DisplayName: '',
        SubscriptionsConfirmed: String(topic.subscriptionsConfirmed),
        SubscriptionsPending: String(topic.subscriptionsPending),
        SubscriptionsDeleted: '0',
      },
    };
  },
} satisfies SimulatedService<typeof Sns>;
