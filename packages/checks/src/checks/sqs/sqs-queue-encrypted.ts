import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/** FSBP SQS.1: every queue is encrypted at rest, with SSE-SQS (SqsManagedSseEnabled) or SSE-KMS (KmsMasterKeyId). */
export const sqsQueueEncrypted = defineCheck({
  id: 'sqs-queue-encrypted',
  title: 'SQS queues are encrypted at rest',
  service: 'sqs',
  severity: 'medium',
  scope: 'regional',
  requires: ['sqs.queues'],
  compliance: { 'aws-fsbp': ['SQS.1'] },
  remediation: {
    text: 'Turn on server-side encryption for the queue: SSE-SQS, or SSE-KMS with a KMS key when you need to control key access.',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes SqsManagedSseEnabled=true --region <region>',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  },
  evaluate(ctx) {
    const queues = ctx.slice('sqs.queues');
    if (queues.length === 0) return [pass(ctx.scopeResource, `No SQS queue in ${ctx.region}.`)];
    return queues.map((queue): CheckResult => {
      const resource: ResourceRef = { id: queue.arn, type: 'AwsSqsQueue' };
      if (!queue.encryption.ok)
        return unreadableField(resource, queue.encryption, `the attributes of queue ${queue.name}`);
      const { sqsManagedSse, kmsMasterKeyId } = queue.encryption.value;
      const evidence = { sqsManagedSse, kmsMasterKeyId };
      if (kmsMasterKeyId !== null)
        return pass(resource, `Queue ${queue.name} is encrypted with KMS key ${kmsMasterKeyId}.`, evidence);
      if (sqsManagedSse) return pass(resource, `Queue ${queue.name} is encrypted with SSE-SQS.`, evidence);
      return fail(resource, `Queue ${queue.name} is not encrypted at rest.`, evidence);
    });
  },
});
