import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP EC2.173: no Spot Fleet request with launch specifications sets Encrypted false for an EBS volume.
 * As by AWS, requests launching from launch templates (ec2-launch-template-ebs-encrypted judges those)
 * are not judged, and volumes that do not set Encrypted follow EBS encryption by default.
 */
export const ec2SpotFleetEbsEncrypted = defineCheck({
  id: 'ec2-spot-fleet-ebs-encrypted',
  title: 'Spot Fleet requests do not turn off encryption of their EBS volumes',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.spotFleetRequests'],
  compliance: { 'aws-fsbp': ['EC2.173'] },
  remediation: {
    text: 'Spot Fleet requests cannot be changed: cancel the request and submit it again (better, from a launch template) with its EBS volumes encrypted.',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-spot-fleets.html',
  },
  evaluate(ctx) {
    const judged = ctx
      .slice('ec2.spotFleetRequests')
      .filter((request) => request.launchSpecificationCount > 0);
    if (judged.length === 0) {
      return [pass(ctx.scopeResource, `No Spot Fleet requests with launch specifications in ${ctx.region}.`)];
    }
    return judged.map((request) => {
      const resource = { id: request.arn, type: 'AwsEc2SpotFleetRequest' };
      const evidence = { unencryptedEbsDevices: request.unencryptedEbsDevices };
      return request.unencryptedEbsDevices.length > 0
        ? fail(
            resource,
            `Spot Fleet request ${request.id} leaves EBS volume(s) ${request.unencryptedEbsDevices.join(', ')} unencrypted.`,
            evidence,
          )
        : pass(resource, `Spot Fleet request ${request.id} turns off encryption of no EBS volume.`, evidence);
    });
  },
});
