import { describe, expect, it } from 'vitest';
import { acmCertificate, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { AcmCertificate } from '../../inventory/acm.js';
import { acmCertificateNotExpiring30Days } from './acm-certificate-not-expiring-30-days.js';

const scan = (...certificates: AcmCertificate[]) =>
  evaluate(
    acmCertificateNotExpiring30Days,
    new InventoryBuilder().regional('us-east-1', 'acm.certificates', certificates).build(),
  );

describe('acm-certificate-not-expiring-30-days', () => {
  it('passes the region when it has no certificate', () => {
    expect(scan()).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('passes a certificate valid for 30 days or more and fails one expiring sooner or expired', () => {
    const findings = scan(
      acmCertificate('long', { expiresInDays: 30 }),
      acmCertificate('soon', { expiresInDays: 29, type: 'IMPORTED' }),
      acmCertificate('gone', { expiresInDays: -3, status: 'EXPIRED' }),
    );
    expect(findings.map((f) => [f.resourceId.split('/').pop(), f.status])).toEqual([
      ['long', 'PASS'],
      ['soon', 'FAIL'],
      ['gone', 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('Certificate for soon.example.com expires in 29 days.');
    expect(findings[2]?.message).toBe('Certificate for gone.example.com expired on 2026-05-29.');
  });

  it('does not evaluate a certificate that was never issued', () => {
    expect(scan(acmCertificate('pending', { notAfter: null, status: 'PENDING_VALIDATION' }))).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/us-east-1' },
    ]);
  });

  it('is an ERROR when the certificates cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'acm.certificates', 'AccessDeniedException', 'acm:ListCertificates')
      .build();
    expect(evaluate(acmCertificateNotExpiring30Days, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
