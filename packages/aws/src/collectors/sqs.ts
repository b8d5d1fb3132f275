import { GetQueueAttributesCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { parsePolicyDocument, type SqsQueue } from '@orgscan/checks';
import type { CollectorContext, RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { nullWhen, readField } from './read-field.js';

/** A queue deleted between ListQueues and GetQueueAttributes answers one of these. */
const QUEUE_GONE = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];

async function collectQueue(ctx: CollectorContext, url: string): Promise<SqsQueue | null> {
  const name = url.slice(url.lastIndexOf('/') + 1);
  const read = await readField('sqs:GetQueueAttributes', () =>
    nullWhen(QUEUE_GONE, async () => {
      const { Attributes: attributes = {} } = await ctx.api.call(
        ctx.region,
        'sqs',
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['Policy', 'QueueArn', 'SqsManagedSseEnabled', 'KmsMasterKeyId'],
        }),
      );
      return {
        arn: attributes.QueueArn ?? null,
        statements: attributes.Policy ? parsePolicyDocument(attributes.Policy).statements : null,
        encryption: {
          sqsManagedSse: attributes.SqsManagedSseEnabled === 'true',
          kmsMasterKeyId: attributes.KmsMasterKeyId || null,
        },
      };
    }),
  );
  if (read.ok && read.value === null) return null;
  const arn =
    (read.ok ? read.value?.arn : null) ?? `arn:${ctx.partition}:sqs:${ctx.region}:${ctx.accountId}:${name}`;
  if (!read.ok) return { url, arn, name, policy: read, encryption: read };
  return {
    url,
    arn,
    name,
    policy: { ok: true, value: read.value?.statements ?? null },
    encryption: { ok: true, value: read.value?.encryption ?? { sqsManagedSse: false, kmsMasterKeyId: null } },
  };
}

/** The region's SQS queues (ListQueues, all pages) with their queue policies and encryption at rest. */
export const sqsQueuesCollector: RegionalCollector<'sqs.queues'> = {
  slice: 'sqs.queues',
  collect: (ctx) =>
    collectList({
      listPage: (token) =>
        ctx.api.call(ctx.region, 'sqs', new ListQueuesCommand({ MaxResults: 1000, NextToken: token })),
      nextToken: (page) => page.NextToken,
      items: (page) => page.QueueUrls,
      entry: (url) => collectQueue(ctx, url),
    }),
};
