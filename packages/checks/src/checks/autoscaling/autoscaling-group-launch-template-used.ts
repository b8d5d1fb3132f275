import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { groupResource } from './autoscaling-resources.js';

/**
 * FSBP AutoScaling.9: every Auto Scaling group launches from an EC2 launch template (directly or through its
 * mixed instances policy), not from a launch configuration, which gets no new EC2 features.
 */
export const autoscalingGroupLaunchTemplateUsed = defineCheck({
  id: 'autoscaling-group-launch-template-used',
  title: 'Auto Scaling groups launch from EC2 launch templates',
  service: 'autoscaling',
  severity: 'medium',
  scope: 'regional',
  requires: ['autoscaling.groups'],
  compliance: { 'aws-fsbp': ['AutoScaling.9'] },
  remediation: {
    text: 'Copy the launch configuration to a launch template (the console does it in one step) and point the group at the template.',
    cli: "aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --launch-template LaunchTemplateId=<lt-id>,Version='$Default'",
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html',
  },
  evaluate(ctx) {
    const groups = ctx.slice('autoscaling.groups');
    if (groups.length === 0) return [pass(ctx.scopeResource, `No Auto Scaling groups in ${ctx.region}.`)];
    return groups.map((group) => {
      const evidence = {
        launchTemplate: group.launchTemplateId,
        launchConfiguration: group.launchConfigurationName,
      };
      if (group.launchConfigurationName !== null) {
        return fail(
          groupResource(group),
          `Auto Scaling group ${group.name} launches from launch configuration ${group.launchConfigurationName}.`,
          evidence,
        );
      }
      return group.launchTemplateId !== null
        ? pass(
            groupResource(group),
            `Auto Scaling group ${group.name} launches from launch template ${group.launchTemplateId}.`,
            evidence,
          )
        : fail(groupResource(group), `Auto Scaling group ${group.name} names no launch template.`, evidence);
    });
  },
});
