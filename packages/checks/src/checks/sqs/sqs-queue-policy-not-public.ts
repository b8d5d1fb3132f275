import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { type CheckResult, fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';
import { publicGrants, summarizeGrants } from '../../policy/public-access.js';

export const sqsQueuePolicyNotPublic = defineCheck({
  id: 'sqs-queue-policy-not-public',
  title: "SQS queue policies do not grant Principal '*' without a narrowing condition",
  service: 'sqs',
  severity: 'high',
  scope: 'regional',
  requires: ['sqs.queues'],
  compliance: { 'cis-aws-7.0.0': ['2.21'], 'aws-fsbp': ['SQS.3'] },
  remediation: {
    text: 'Grant the queue to named principals, or narrow Principal "*" with aws:SourceArn / aws:SourceAccount (for SNS, EventBridge, S3 senders) or aws:PrincipalOrgID.',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes file://queue-policy.json',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
  },
  evaluate(ctx) {
    const queues = ctx.slice('sqs.queues');
    if (queues.length === 0) return [pass(ctx.scopeResource, `No SQS queue in ${ctx.region}.`)];
    return queues.map((queue): CheckResult => {
      const resource: ResourceRef = { id: queue.arn, type: 'AwsSqsQueue' };
      if (!queue.policy.ok)
        return unreadableField(resource, queue.policy, `the policy of queue ${queue.name}`);
      if (queue.policy.value === null) return pass(resource, `Queue ${queue.name} has no queue policy.`);
      const grants = publicGrants(queue.policy.value);
      if (grants.length > 0) {
        return fail(
          resource,
          `The policy of queue ${queue.name} grants everyone access: ${summarizeGrants(grants)}.`,
          {
            publicActions: grants.flatMap((grant) => grant.actions),
          },
        );
      }
      return pass(
        resource,
        `The policy of queue ${queue.name} grants nothing to everyone without a narrowing condition.`,
      );
    });
  },
});
