import { GetTopicAttributesCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { PolicyParseError, type PolicyStatement, parsePolicyDocument, type SnsTopic } from '@orgscan/checks';
import { AwsCallError } from '../aws-error.js';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

function policyStatements(policy: string | undefined): readonly PolicyStatement[] | null {
  // SNS always returns a policy (the default one grants the owner account); absent means nothing granted.
  if (policy === undefined) return [];
  try {
    return parsePolicyDocument(policy).statements;
  } catch (error) {
    if (error instanceof PolicyParseError) return null;
    throw error;
  }
}

function count(value: string | undefined): number {
  const parsed = Number.parseInt(value ?? '0', 10);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** SNS topics of the region with their policy (normalized) and subscription counts. */
export const snsTopicsCollector: RegionalCollector<'sns.topics'> = {
  slice: 'sns.topics',
  collect: ({ api, region }) =>
    collectList({
      listPage: (NextToken) => api.call(region, 'sns', new ListTopicsCommand({ NextToken })),
      nextToken: (page) => page.NextToken,
      items: (page) => page.Topics?.flatMap((topic) => topic.TopicArn ?? []),
      entry: async (arn): Promise<SnsTopic | null> => {
        try {
          const { Attributes: attributes = {} } = await api.call(
            region,
            'sns',
            new GetTopicAttributesCommand({ TopicArn: arn }),
          );
          return {
            arn,
            name: arn.split(':').pop() ?? arn,
            policyStatements: policyStatements(attributes.Policy),
            subscriptionsConfirmed: count(attributes.SubscriptionsConfirmed),
            subscriptionsPending: count(attributes.SubscriptionsPending),
          };
        } catch (error) {
          // Deleted between ListTopics and GetTopicAttributes: it no longer exists.
          if (
            error instanceof AwsCallError &&
            (error.code === 'NotFoundException' || error.code === 'NotFound')
          ) {
            return null;
          }
          throw error;
        }
      },
    }),
};
