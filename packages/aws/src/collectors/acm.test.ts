import { ACMClient, ListCertificatesCommand } from '@aws-sdk/client-acm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { acmCertificatesCollector } from './acm.js';
import type { CollectorContext } from './collector.js';

const acm = mockClient(ACMClient);

beforeEach(() => {
  acm.reset();
});

afterAll(() => {
  acm.restore();
});

const context = (): CollectorContext => ({
  api: mockedApi().api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});
const arn = (id: string) => `arn:aws:acm:us-east-1:${TEST_ACCOUNT_ID}:certificate/${id}`;

describe('acmCertificatesCollector', () => {
  it('lists every page of every key type and keeps the key algorithm and expiry', async () => {
    acm
      .on(ListCertificatesCommand, { NextToken: undefined })
      .resolves({
        CertificateSummaryList: [
          {
            CertificateArn: arn('1'),
            DomainName: 'shop.example.com',
            Type: 'IMPORTED',
            Status: 'ISSUED',
            KeyAlgorithm: 'RSA_1024',
            NotAfter: new Date('2026-07-01T00:00:00Z'),
          },
        ],
        NextToken: 'next',
      })
      .on(ListCertificatesCommand, { NextToken: 'next' })
      .resolves({
        CertificateSummaryList: [
          {
            CertificateArn: arn('2'),
            DomainName: 'new.example.com',
            Status: 'PENDING_VALIDATION',
            KeyAlgorithm: 'EC_prime256v1',
          },
        ],
      });

    expect(await acmCertificatesCollector.collect(context())).toEqual([
      {
        arn: arn('1'),
        domainName: 'shop.example.com',
        type: 'IMPORTED',
        status: 'ISSUED',
        keyAlgorithm: 'RSA_1024',
        notAfter: '2026-07-01T00:00:00.000Z',
      },
      {
        arn: arn('2'),
        domainName: 'new.example.com',
        type: 'AMAZON_ISSUED',
        status: 'PENDING_VALIDATION',
        keyAlgorithm: 'EC_prime256v1',
        notAfter: null,
      },
    ]);
    // Without Includes.keyTypes, ACM lists RSA_1024 and RSA_2048 certificates only.
    const keyTypes = acm.commandCalls(ListCertificatesCommand)[0]?.args[0].input.Includes?.keyTypes;
    expect([...(keyTypes ?? [])].sort()).toEqual([
      'EC_prime256v1',
      'EC_secp384r1',
      'EC_secp521r1',
      'RSA_1024',
      'RSA_2048',
      'RSA_3072',
      'RSA_4096',
    ]);
  });

  it('fails the slice with the AWS code when ListCertificates is denied', async () => {
    acm.on(ListCertificatesCommand).rejects(awsError('AccessDeniedException', 400));
    await expect(acmCertificatesCollector.collect(context())).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'acm:ListCertificates',
    });
  });
});
