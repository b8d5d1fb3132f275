import { describe, expect, it } from 'vitest';
import {
  allowStatement,
  customerPolicy,
  evaluate,
  InventoryBuilder,
  iamAuthorization,
} from '../../fixtures/index.js';
import type { IamAuthorization } from '../../inventory/iam.js';
import { iamPolicyKmsDecryptAllKeysNotAllowed } from './iam-policy-kms-decrypt-all-keys-not-allowed.js';

const withAuthorization = (value: IamAuthorization) =>
  new InventoryBuilder().global('iam.authorization', value).build();

const KEY = 'arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('iam-policy-kms-decrypt-all-keys-not-allowed', () => {
  it('fails decryption on "*" (even unattached, even with a condition) and passes one scoped to a key', () => {
    const findings = evaluate(
      iamPolicyKmsDecryptAllKeysNotAllowed,
      withAuthorization(
        iamAuthorization({
          customerManagedPolicies: [
            customerPolicy('Scoped', [allowStatement(['kms:Decrypt'], [KEY])]),
            customerPolicy(
              'AnyKey',
              [
                allowStatement(['kms:Decrypt', 'kms:ReEncryptFrom'], ['*'], {
                  conditions: { StringEquals: { 'aws:principalorgid': ['o-abc'] } },
                }),
              ],
              0,
            ),
          ],
        }),
      ),
    );
    expect(findings.map((f) => [f.resourceId.split('/')[1], f.status])).toEqual([
      ['Scoped', 'PASS'],
      ['AnyKey', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      evidence: { attachmentCount: 0, decryptionOnAllKeys: ['kms:Decrypt', 'kms:ReEncryptFrom'] },
    });
  });

  it('fails kms:* on every key ARN pattern and passes a policy without decryption', () => {
    const findings = evaluate(
      iamPolicyKmsDecryptAllKeysNotAllowed,
      withAuthorization(
        iamAuthorization({
          customerManagedPolicies: [
            customerPolicy('KmsAdmin', [allowStatement(['kms:*'], ['arn:aws:kms:*:*:key/*'])]),
            customerPolicy('EncryptOnly', [allowStatement(['kms:Encrypt', 'kms:GenerateDataKey'])]),
          ],
        }),
      ),
    );
    expect(findings.map((f) => [f.resourceId.split('/')[1], f.status])).toEqual([
      ['KmsAdmin', 'FAIL'],
      ['EncryptOnly', 'PASS'],
    ]);
  });

  it('does not judge a policy used only as a permissions boundary', () => {
    const boundary = customerPolicy('Boundary', [allowStatement(['kms:*'])], 0, 1);
    expect(
      evaluate(
        iamPolicyKmsDecryptAllKeysNotAllowed,
        withAuthorization(iamAuthorization({ customerManagedPolicies: [boundary] })),
      ),
    ).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccount' }]);
  });

  it('is an ERROR with the AWS code when the authorization details cannot be read', () => {
    const inventory = new InventoryBuilder().globalError('iam.authorization', 'Throttling').build();
    expect(evaluate(iamPolicyKmsDecryptAllKeysNotAllowed, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'Throttling' },
    ]);
  });
});
