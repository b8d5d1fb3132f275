import { describe, expect, it } from 'vitest';
import { daysAgo, evaluate, FIXTURE_NOW, InventoryBuilder } from '../../fixtures/index.js';
import type { IamServerCertificate } from '../../inventory/iam.js';
import { iamServerCertificateNotExpired } from './iam-server-certificate-not-expired.js';

const certificate = (name: string, expiration: string | null): IamServerCertificate => ({
  name,
  arn: `arn:aws:iam::111111111111:server-certificate/${name}`,
  expiration,
});
const withCertificates = (...certificates: IamServerCertificate[]) =>
  new InventoryBuilder().global('iam.serverCertificates', certificates).build();

describe('iam-server-certificate-not-expired', () => {
  it('passes at account level when IAM stores no certificate', () => {
    expect(evaluate(iamServerCertificateNotExpired, withCertificates())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount' },
    ]);
  });

  it('fails an expired certificate (even by a second) and passes a valid one', () => {
    const findings = evaluate(
      iamServerCertificateNotExpired,
      withCertificates(
        certificate('old', daysAgo(400)),
        certificate('just-expired', new Date(FIXTURE_NOW.getTime() - 1000).toISOString()),
        certificate('current', daysAgo(-30)),
      ),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      ['arn:aws:iam::111111111111:server-certificate/old', 'FAIL'],
      ['arn:aws:iam::111111111111:server-certificate/just-expired', 'FAIL'],
      ['arn:aws:iam::111111111111:server-certificate/current', 'PASS'],
    ]);
    expect(findings[0]).toMatchObject({
      resourceType: 'AwsIamServerCertificate',
      evidence: { expiredDaysAgo: 400 },
    });
  });

  it('is an ERROR for a certificate without a readable expiration', () => {
    expect(
      evaluate(iamServerCertificateNotExpired, withCertificates(certificate('odd', null))),
    ).toMatchObject([{ status: 'ERROR', errorCode: 'ExpirationUnknown' }]);
  });

  it('is an ERROR when the certificates cannot be listed', () => {
    const inventory = new InventoryBuilder().globalError('iam.serverCertificates').build();
    expect(evaluate(iamServerCertificateNotExpired, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
