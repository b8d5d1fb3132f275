import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export const efsFileSystemEncrypted = defineCheck({
  id: 'efs-file-system-encrypted',
  title: 'EFS file systems are encrypted at rest',
  service: 'efs',
  severity: 'high',
  scope: 'regional',
  requires: ['efs.fileSystems'],
  compliance: { 'cis-aws-7.0.0': ['3.3.1'], 'aws-fsbp': ['EFS.1', 'EFS.8'] },
  remediation: {
    text: 'Encryption is chosen at creation: create an encrypted file system, copy the data (AWS DataSync), switch the mounts, delete the old one.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key> --region <region>',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  },
  evaluate(ctx) {
    const fileSystems = ctx.slice('efs.fileSystems');
    if (fileSystems.length === 0) return [pass(ctx.scopeResource, `No EFS file system in ${ctx.region}.`)];
    return fileSystems.map((fileSystem) => {
      const resource: ResourceRef = { id: fileSystem.arn, type: 'AwsEfsFileSystem' };
      const label = fileSystem.name ? `${fileSystem.id} (${fileSystem.name})` : fileSystem.id;
      return fileSystem.encrypted
        ? pass(resource, `File system ${label} is encrypted at rest.`)
        : fail(resource, `File system ${label} is not encrypted at rest.`);
    });
  },
});
