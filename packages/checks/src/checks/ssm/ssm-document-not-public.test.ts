import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { SsmDocument } from '../../inventory/ssm.js';
import { ssmDocumentNotPublic as check } from './ssm-document-not-public.js';

const REGION = 'eu-west-1';
const document = (name: string, sharing: SsmDocument['sharing']): SsmDocument => ({
  arn: `arn:aws:ssm:eu-west-1:111111111111:document/${name}`,
  name,
  sharing,
});
const withDocuments = (...documents: SsmDocument[]) =>
  new InventoryBuilder().regional(REGION, 'ssm.documents', documents).build();

describe('ssm-document-not-public', () => {
  it('passes on the region when the account owns no document there', () => {
    expect(evaluate(check, withDocuments())).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccountRegion' },
    ]);
  });

  it('passes private and account-shared documents and fails public ones', () => {
    const findings = evaluate(
      check,
      withDocuments(
        document('private', readOk({ public: false, accountIds: [] })),
        document('shared', readOk({ public: false, accountIds: ['222222222222'] })),
        document('public', readOk({ public: true, accountIds: [] })),
      ),
    );
    expect(findings).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:ssm:eu-west-1:111111111111:document/private',
        resourceType: 'AwsSsmDocument',
      },
      { status: 'PASS', evidence: { sharedWithAccounts: ['222222222222'] } },
      { status: 'FAIL', message: 'SSM document public is shared with every AWS account.' },
    ]);
  });

  it('is an ERROR with the AWS code for a document whose sharing cannot be read, and when listing fails', () => {
    const unreadable = withDocuments(
      document('hidden', readFailed('AccessDeniedException', 'ssm:DescribeDocumentPermission')),
    );
    expect(evaluate(check, unreadable)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
    const inventory = new InventoryBuilder().regionalError(REGION, 'ssm.documents').build();
    expect(evaluate(check, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'AccessDenied' }]);
  });
});
