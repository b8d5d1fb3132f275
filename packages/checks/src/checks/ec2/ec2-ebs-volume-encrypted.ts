import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { volumeResource } from './ec2-resources.js';

/** Volumes on their way out: judging them would report what is already being removed. */
const GONE_STATES = new Set(['deleting', 'deleted']);

export const ec2EbsVolumeEncrypted = defineCheck({
  id: 'ec2-ebs-volume-encrypted',
  title: 'EBS volumes are encrypted',
  service: 'ec2',
  severity: 'medium',
  scope: 'regional',
  requires: ['ec2.volumes'],
  compliance: { 'account-checklist': ['19'] },
  remediation: {
    text: 'A volume cannot be encrypted in place: snapshot it, copy the snapshot with encryption, create a volume from the copy, swap it in, then delete the unencrypted volume and snapshot.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap-id> --encrypted',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  },
  evaluate(ctx) {
    const volumes = ctx.slice('ec2.volumes').filter((volume) => !GONE_STATES.has(volume.state));
    if (volumes.length === 0) return [pass(ctx.scopeResource, `No EBS volumes in ${ctx.region}.`)];
    return volumes.map((volume) => {
      const evidence = { state: volume.state, attachments: volume.attachmentCount };
      const status = `${volume.state}, ${volume.attachmentCount} attachment(s)`;
      return volume.encrypted
        ? pass(volumeResource(volume), `EBS volume ${volume.id} (${status}) is encrypted.`, evidence)
        : fail(volumeResource(volume), `EBS volume ${volume.id} (${status}) is not encrypted.`, evidence);
    });
  },
});
