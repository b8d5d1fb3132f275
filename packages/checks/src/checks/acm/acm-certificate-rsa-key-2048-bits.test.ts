import { describe, expect, it } from 'vitest';
import { acmCertificate, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { AcmCertificate } from '../../inventory/acm.js';
import { acmCertificateRsaKey2048Bits } from './acm-certificate-rsa-key-2048-bits.js';

const scan = (...certificates: AcmCertificate[]) =>
  evaluate(
    acmCertificateRsaKey2048Bits,
    new InventoryBuilder().regional('us-east-1', 'acm.certificates', certificates).build(),
  );

describe('acm-certificate-rsa-key-2048-bits', () => {
  it('passes the region when it has no certificate', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes RSA keys of 2048 bits or more and fails shorter ones', () => {
    const findings = scan(
      acmCertificate('rsa2048'),
      acmCertificate('rsa4096', { keyAlgorithm: 'RSA_4096' }),
      acmCertificate('rsa1024', { keyAlgorithm: 'RSA_1024' }),
    );
    expect(findings.map((f) => [f.resourceId.split('/').pop(), f.status])).toEqual([
      ['rsa2048', 'PASS'],
      ['rsa4096', 'PASS'],
      ['rsa1024', 'FAIL'],
    ]);
    expect(findings[2]?.message).toBe(
      'Certificate for rsa1024.example.com has a 1024-bit RSA key, shorter than 2048 bits.',
    );
  });

  it('does not evaluate elliptic-curve certificates', () => {
    expect(scan(acmCertificate('ec', { keyAlgorithm: 'EC_prime256v1' }))).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('is an ERROR when the certificates cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'acm.certificates', 'AccessDeniedException', 'acm:ListCertificates')
      .build();
    expect(evaluate(acmCertificateRsaKey2048Bits, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
