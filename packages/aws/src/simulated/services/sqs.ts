import type * as Sqs from '@aws-sdk/client-sqs';
import { simulatedError } from '../simulated-error.js';
import { dataRegion } from '../state/area-state.js';
import type { SimulatedQueue } from '../state/data-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Sqs>> = SimulatedAnswer<typeof Sqs, Op>;

function queueUrl({ caller, region }: SimulatedRequest, name: string): string {
  return `https://sqs.${region}.amazonaws.com/${caller.id}/${name}`;
}

/** SQS reports SqsManagedSseEnabled on every queue and KmsMasterKeyId only with SSE-KMS. */
function queueEncryptionAttributes(encryption: SimulatedQueue['encryption']): Record<string, string> {
  if (encryption === 'none') return { SqsManagedSseEnabled: 'false' };
  if (encryption === 'sqs-managed' || encryption === undefined) return { SqsManagedSseEnabled: 'true' };
  return { SqsManagedSseEnabled: 'false', KmsMasterKeyId: encryption.kmsMasterKeyId };
}

/** Simulated SQS: the queues of each region (`services.data.regions.<region>.queues`). */
export const simulatedSqs = {
  /** Without MaxResults SQS answers up to 1000 queues and no token. */
  ListQueues: (request): Answer<'ListQueues'> => {
    const queues = dataRegion(request.caller, request.region).queues ?? [];
    const paged = request.input.MaxResults !== undefined;
    const size = boundedPageSize(request.input.MaxResults, 1000, 1, 1000, 'MaxResults');
    const { items, next } = page(queues, request.input.NextToken, size);
    if (items.length === 0) return {};
    return {
      QueueUrls: items.map((queue) => queueUrl(request, queue.name)),
      ...(paged && next ? { NextToken: next } : {}),
    };
  },
  GetQueueAttributes: (request): Answer<'GetQueueAttributes'> => {
    const queue = (dataRegion(request.caller, request.region).queues ?? []).find(
      (candidate) => queueUrl(request, candidate.name) === request.input.QueueUrl,
    );
    if (!queue) throw simulatedError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
    const all: Record<string, string> = {
      QueueArn: `arn:aws:sqs:${request.region}:${request.caller.id}:${queue.name}`,
      ...(queue.policy ? { Policy: JSON.stringify(queue.policy) } : {}),
      ...queueEncryptionAttributes(queue.encryption ?? 'sqs-managed'),
    };
    const names: string[] = request.input.AttributeNames ?? [];
    return {
      Attributes: Object.fromEntries(
        Object.entries(all).filter(([name]) => names.includes('All') || names.includes(name)),
      ),
    };
  },
} satisfies SimulatedService<typeof Sqs>;
