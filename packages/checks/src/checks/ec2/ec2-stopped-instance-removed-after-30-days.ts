import { defineCheck } from '../../model/check-definition.js';
import { error, fail, pass } from '../../model/check-result.js';
import { instanceResource } from './ec2-resources.js';

/** AWS's default AllowedDays for EC2.4. */
const ALLOWED_STOPPED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * FSBP EC2.4: no instance has been stopped for more than 30 days (AWS's default AllowedDays). As AWS does,
 * the stop is dated from the timestamp in the state transition reason, else from the launch time.
 */
export const ec2StoppedInstanceRemovedAfter30Days = defineCheck({
  id: 'ec2-stopped-instance-removed-after-30-days',
  title: 'No EC2 instance has been stopped for more than 30 days',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.instances'],
  compliance: { 'aws-fsbp': ['EC2.4'] },
  remediation: {
    text: 'Terminate instances nobody has needed for a month (snapshot their volumes first if the data matters); a forgotten stopped instance keeps old, unpatched software ready to start.',
    cli: 'aws ec2 terminate-instances --instance-ids <instance-id>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html',
  },
  evaluate(ctx) {
    const instances = ctx.slice('ec2.instances');
    if (instances.length === 0) return [pass(ctx.scopeResource, `No EC2 instances in ${ctx.region}.`)];
    return instances.map((instance) => {
      const resource = instanceResource(instance);
      if (instance.state !== 'stopped') {
        return pass(resource, `Instance ${instance.id} is ${instance.state}, not stopped.`, {
          state: instance.state,
        });
      }
      const stoppedSince = instance.stateTransitionTime ?? instance.launchTime;
      if (stoppedSince === null) {
        return error(
          resource,
          'StopTimeUnknown',
          `Instance ${instance.id} is stopped, but EC2 reported neither when it stopped nor when it was launched.`,
        );
      }
      const days = Math.floor((ctx.now.getTime() - new Date(stoppedSince).getTime()) / DAY_MS);
      const evidence = {
        state: instance.state,
        stoppedSince,
        daysStopped: days,
        allowedDays: ALLOWED_STOPPED_DAYS,
      };
      return days > ALLOWED_STOPPED_DAYS
        ? fail(
            resource,
            `Instance ${instance.id} has been stopped for ${days} days (since ${stoppedSince}).`,
            evidence,
          )
        : pass(resource, `Instance ${instance.id} has been stopped for ${days} days.`, evidence);
    });
  },
});
