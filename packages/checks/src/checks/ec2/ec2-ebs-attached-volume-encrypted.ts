import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { volumeResource } from './ec2-resources.js';

/**
 * FSBP EC2.3: every attached EBS volume is encrypted at rest. AWS judges only volumes attached to an
 * instance (in use); an unattached volume is not evaluated (ec2-ebs-volume-encrypted judges those too).
 */
export const ec2EbsAttachedVolumeEncrypted = defineCheck({
  id: 'ec2-ebs-attached-volume-encrypted',
  title: 'EBS volumes attached to instances are encrypted at rest',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.volumes'],
  compliance: { 'aws-fsbp': ['EC2.3'] },
  remediation: {
    text: 'A volume cannot be encrypted in place: snapshot it, copy the snapshot with encryption, create an encrypted volume from the copy and attach it instead; turn on EBS encryption by default so new volumes are encrypted.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap-id> --encrypted',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  evaluate(ctx) {
    const attached = ctx
      .slice('ec2.volumes')
      .filter((volume) => volume.state === 'in-use' && volume.attachmentCount > 0);
    if (attached.length === 0) return [pass(ctx.scopeResource, `No attached EBS volumes in ${ctx.region}.`)];
    return attached.map((volume) => {
      const evidence = { attachments: volume.attachmentCount };
      return volume.encrypted
        ? pass(volumeResource(volume), `Attached EBS volume ${volume.id} is encrypted.`, evidence)
        : fail(volumeResource(volume), `Attached EBS volume ${volume.id} is not encrypted.`, evidence);
    });
  },
});
