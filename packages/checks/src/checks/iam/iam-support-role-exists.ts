import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { awsManagedPolicyName } from './iam-privilege.js';

const SUPPORT_POLICY = 'AWSSupportAccess';

export const iamSupportRoleExists = defineCheck({
  id: 'iam-support-role-exists',
  title: 'A role with AWSSupportAccess exists to manage incidents with AWS Support',
  service: 'iam',
  severity: 'low',
  scope: 'global',
  requires: ['iam.authorization'],
  compliance: { 'cis-aws-7.0.0': ['2.15'] },
  remediation: {
    text: 'Create a role that the incident responders can assume and attach the AWS managed policy AWSSupportAccess to it.',
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    url: 'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
  },
  evaluate(ctx) {
    const supportRoles = ctx
      .slice('iam.authorization')
      .roles.filter((role) =>
        role.attachedPolicyArns.some((arn) => awsManagedPolicyName(arn) === SUPPORT_POLICY),
      )
      .map((role) => role.name);
    if (supportRoles.length === 0) {
      return [fail(ctx.scopeResource, `No IAM role has the ${SUPPORT_POLICY} policy attached.`)];
    }
    return [
      pass(ctx.scopeResource, `Role(s) with ${SUPPORT_POLICY}: ${supportRoles.join(', ')}.`, {
        supportRoles,
      }),
    ];
  },
});
