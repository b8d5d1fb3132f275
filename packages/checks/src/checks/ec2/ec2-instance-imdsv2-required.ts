import type { EvaluationContext } from '../../model/check-definition.js';
import { defineCheck } from '../../model/check-definition.js';
import { error, fail, pass } from '../../model/check-result.js';
import { instanceResource } from './ec2-resources.js';

/** The region's account-level IMDS token default, as evidence: it governs instances launched from now on. */
function accountDefaultHttpTokens(ctx: EvaluationContext): string {
  const defaults = ctx.sliceResult('ec2.instanceMetadataDefaults');
  if (!defaults.ok) return 'unreadable';
  return defaults.value.httpTokens ?? 'no-preference';
}

export const ec2InstanceImdsv2Required = defineCheck({
  id: 'ec2-instance-imdsv2-required',
  title: 'EC2 instances allow only IMDSv2 (or have the metadata service turned off)',
  service: 'ec2',
  severity: 'high',
  scope: 'regional',
  requires: ['ec2.instances', 'ec2.instanceMetadataDefaults'],
  compliance: { 'cis-aws-7.0.0': ['6.7'], 'account-checklist': ['10'], 'aws-fsbp': ['EC2.8'] },
  remediation: {
    text: 'Require session tokens (IMDSv2) on every instance after checking its software uses IMDSv2 (the MetadataNoToken CloudWatch metric shows IMDSv1 use), and set the account default to required for new instances.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled && aws ec2 modify-instance-metadata-defaults --http-tokens required',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  },
  evaluate(ctx) {
    const accountDefault = accountDefaultHttpTokens(ctx);
    const instances = ctx.slice('ec2.instances');
    if (instances.length === 0) {
      return [
        pass(ctx.scopeResource, `No EC2 instances in ${ctx.region}.`, {
          accountDefaultHttpTokens: accountDefault,
        }),
      ];
    }
    return instances.map((instance) => {
      const resource = instanceResource(instance);
      const { metadataHttpTokens: tokens, metadataHttpEndpoint: endpoint } = instance;
      const evidence = {
        httpTokens: tokens,
        httpEndpoint: endpoint,
        accountDefaultHttpTokens: accountDefault,
      };
      if (endpoint === 'disabled') {
        return pass(
          resource,
          `Instance ${instance.id} has the instance metadata service turned off.`,
          evidence,
        );
      }
      if (tokens === 'required') {
        return pass(resource, `Instance ${instance.id} requires IMDSv2 session tokens.`, evidence);
      }
      if (tokens === null) {
        return error(
          resource,
          'MetadataOptionsMissing',
          `Instance ${instance.id}: EC2 reported no metadata options, so IMDSv1 use cannot be ruled out.`,
        );
      }
      return fail(
        resource,
        `Instance ${instance.id} accepts IMDSv1 (HttpTokens ${tokens}): a request forgery on it can read its role credentials.`,
        evidence,
      );
    });
  },
});
