import { defineCheck } from '../../model/check-definition.js';
import { error, fail, pass } from '../../model/check-result.js';
import { NARROWING_CONDITION_KEYS, publicGrants, summarizeGrants } from '../../policy/public-access.js';

export const snsTopicPolicyNotPublic = defineCheck({
  id: 'sns-topic-policy-not-public',
  title: "SNS topic policies do not allow Principal '*' without a narrowing condition",
  service: 'sns',
  severity: 'high',
  scope: 'regional',
  requires: ['sns.topics'],
  compliance: { 'cis-aws-7.0.0': ['2.21'], 'aws-fsbp': ['SNS.4'] },
  remediation: {
    text:
      "Replace Principal '*' with the accounts or services that publish or subscribe, or add a condition that " +
      `narrows who can use the grant (${NARROWING_CONDITION_KEYS.slice(0, 6).join(', ')}...).`,
    cli: 'aws sns set-topic-attributes --topic-arn <topic> --attribute-name Policy --attribute-value file://policy.json',
    url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
  },
  evaluate(ctx) {
    const topics = ctx.slice('sns.topics');
    if (topics.length === 0) return [pass(ctx.scopeResource, `No SNS topic in ${ctx.region}.`)];
    return topics.map((topic) => {
      const resource = { id: topic.arn, type: 'AwsSnsTopic' };
      if (topic.policyStatements === null) {
        return error(
          resource,
          'PolicyUnparseable',
          `The access policy of SNS topic ${topic.name} could not be parsed.`,
        );
      }
      const grants = publicGrants(topic.policyStatements);
      if (grants.length > 0) {
        return fail(
          resource,
          `SNS topic ${topic.name} grants everyone access without a narrowing condition: ${summarizeGrants(grants)}.`,
          { statements: grants.map((grant) => grant.sid ?? `#${grant.index + 1}`) },
        );
      }
      return pass(resource, `SNS topic ${topic.name} grants no unrestricted public access.`);
    });
  },
});
