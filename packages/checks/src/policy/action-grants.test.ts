import { describe, expect, it } from 'vitest';
import { allowStatement } from '../fixtures/iam-authorization.js';
import { decryptionOnAllKeys, serviceWildcardActions } from './action-grants.js';

describe('serviceWildcardActions', () => {
  it('finds <service>:* in Action and NotAction of Allow statements only', () => {
    expect(serviceWildcardActions(allowStatement(['s3:*', 'ec2:Describe*']))).toEqual(['s3:*']);
    expect(serviceWildcardActions(allowStatement([], ['*'], { notActions: ['iam:*'] }))).toEqual(['iam:*']);
    expect(serviceWildcardActions(allowStatement(['s3:*'], ['*'], { effect: 'Deny' }))).toEqual([]);
  });

  it('does not count "*" (IAM.1 judges it) or prefixed wildcards', () => {
    expect(serviceWildcardActions(allowStatement(['*', 'ec2:Describe*', 'kms:Get*']))).toEqual([]);
  });
});

describe('decryptionOnAllKeys', () => {
  it('finds kms:Decrypt and kms:ReEncryptFrom allowed on "*", also through kms:* and conditions', () => {
    expect(decryptionOnAllKeys([allowStatement(['kms:Decrypt'])])).toEqual(['kms:Decrypt']);
    expect(
      decryptionOnAllKeys([
        allowStatement(['kms:*'], ['*'], {
          conditions: { StringEquals: { 'kms:viaservice': ['s3.us-east-1.amazonaws.com'] } },
        }),
      ]),
    ).toEqual(['kms:Decrypt', 'kms:ReEncryptFrom']);
    expect(decryptionOnAllKeys([allowStatement(['kms:ReEncrypt*'], ['arn:aws:kms:*:*:key/*'])])).toEqual([
      'kms:ReEncryptFrom',
    ]);
  });

  it('passes decryption scoped to keys of one account or to named keys, and Deny statements', () => {
    expect(
      decryptionOnAllKeys([allowStatement(['kms:Decrypt'], ['arn:aws:kms:*:111111111111:key/*'])]),
    ).toEqual([]);
    expect(
      decryptionOnAllKeys([
        allowStatement(
          ['kms:Decrypt'],
          ['arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
        ),
      ]),
    ).toEqual([]);
    expect(decryptionOnAllKeys([allowStatement(['kms:Decrypt'], ['*'], { effect: 'Deny' })])).toEqual([]);
    expect(decryptionOnAllKeys([allowStatement(['kms:Encrypt', 'kms:GenerateDataKey'])])).toEqual([]);
  });

  it('reads NotResource: everything but some keys is still every key', () => {
    expect(
      decryptionOnAllKeys([
        allowStatement(['kms:Decrypt'], [], { notResources: ['arn:aws:kms:us-east-1:111111111111:key/one'] }),
      ]),
    ).toEqual(['kms:Decrypt']);
  });
});
