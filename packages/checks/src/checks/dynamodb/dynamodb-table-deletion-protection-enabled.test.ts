import { describe, expect, it } from 'vitest';
import { dynamoDbTable, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { DynamoDbTable } from '../../inventory/dynamodb.js';
import { dynamodbTableDeletionProtectionEnabled } from './dynamodb-table-deletion-protection-enabled.js';

const inRegion = (...tables: DynamoDbTable[]) =>
  evaluate(
    dynamodbTableDeletionProtectionEnabled,
    new InventoryBuilder().regional('us-east-1', 'dynamodb.tables', tables).build(),
  );

const arn = (name: string) => `arn:aws:dynamodb:us-east-1:111111111111:table/${name}`;

describe('dynamodb-table-deletion-protection-enabled', () => {
  it('passes the region when it has no table', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes a protected table and fails an unprotected one', () => {
    const findings = inRegion(
      dynamoDbTable('orders'),
      dynamoDbTable('sessions', { deletionProtectionEnabled: { ok: true, value: false } }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('orders'), 'PASS'],
      [arn('sessions'), 'FAIL'],
    ]);
    expect(findings[1]?.message).toBe('Table sessions can be deleted: deletion protection is off.');
  });

  it('is an ERROR with the AWS code for a table DescribeTable could not read', () => {
    const findings = inRegion(
      dynamoDbTable('locked', {
        deletionProtectionEnabled: {
          ok: false,
          code: 'AccessDeniedException',
          operation: 'dynamodb:DescribeTable',
        },
      }),
    );
    expect(findings).toMatchObject([
      { resourceId: arn('locked'), status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });

  it('is an ERROR with the AWS code when the tables cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'dynamodb.tables', 'AccessDeniedException', 'dynamodb:ListTables')
      .build();
    expect(evaluate(dynamodbTableDeletionProtectionEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
