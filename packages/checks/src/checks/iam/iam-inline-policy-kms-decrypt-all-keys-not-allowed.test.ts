import { describe, expect, it } from 'vitest';
import {
  allowStatement,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
  iamGroup,
  iamRole,
  iamUser,
  inlinePolicy,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamInlinePolicyKmsDecryptAllKeysNotAllowed } from './iam-inline-policy-kms-decrypt-all-keys-not-allowed.js';

const withAuthorization = (value: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', value).build();

const ANY_KEY_DECRYPT = inlinePolicy('decrypt-anything', [allowStatement(['kms:Decrypt'])]);
const ONE_KEY_DECRYPT = inlinePolicy('decrypt-one', [
  allowStatement(['kms:Decrypt'], ['arn:aws:kms:eu-west-1:111111111111:key/one']),
]);

describe('iam-inline-policy-kms-decrypt-all-keys-not-allowed', () => {
  it('judges users, groups and roles with inline policies: FAIL on all keys, PASS when scoped', () => {
    const findings = evaluate(
      iamInlinePolicyKmsDecryptAllKeysNotAllowed,
      withAuthorization(
        iamAuthorization({
          users: [iamUser('alice', { inlinePolicies: [ONE_KEY_DECRYPT] }), iamUser('no-inline')],
          groups: [iamGroup('ops', { inlinePolicies: [ONE_KEY_DECRYPT, ANY_KEY_DECRYPT] })],
          roles: [
            iamRole('app', {
              inlinePolicies: [inlinePolicy('reencrypt', [allowStatement(['kms:ReEncrypt*'])])],
            }),
          ],
        }),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.resourceType, f.status])).toEqual([
      ['arn:aws:iam::111111111111:user/alice', 'AwsIamUser', 'PASS'],
      ['arn:aws:iam::111111111111:group/ops', 'AwsIamGroup', 'FAIL'],
      ['arn:aws:iam::111111111111:role/app', 'AwsIamRole', 'FAIL'],
    ]);
    expect(findings[1]?.message).toContain('decrypt-anything (kms:Decrypt)');
    expect(findings[2]?.message).toContain('kms:ReEncryptFrom');
  });

  it('leaves service-linked roles to AWS and passes the account when nothing has an inline policy', () => {
    const findings = evaluate(
      iamInlinePolicyKmsDecryptAllKeysNotAllowed,
      withAuthorization(
        iamAuthorization({
          users: [iamUser('bob')],
          roles: [iamRole('AWSServiceRoleForX', { serviceLinked: true, inlinePolicies: [ANY_KEY_DECRYPT] })],
        }),
      ),
    );
    expect(findings).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('is an ERROR with the AWS code when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization', 'AccessDenied').build();
    expect(evaluate(iamInlinePolicyKmsDecryptAllKeysNotAllowed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
