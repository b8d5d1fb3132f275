import { describe, expect, it } from 'vitest';
import { dynamoDbTable, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { DynamoDbTable } from '../../inventory/dynamodb.js';
import { dynamodbTablePointInTimeRecoveryEnabled } from './dynamodb-table-point-in-time-recovery-enabled.js';

const inRegion = (...tables: DynamoDbTable[]) =>
  evaluate(
    dynamodbTablePointInTimeRecoveryEnabled,
    new InventoryBuilder().regional('us-east-1', 'dynamodb.tables', tables).build(),
  );

const arn = (name: string) => `arn:aws:dynamodb:us-east-1:111111111111:table/${name}`;

describe('dynamodb-table-point-in-time-recovery-enabled', () => {
  it('passes the region when it has no table', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes ENABLED only', () => {
    const findings = inRegion(
      dynamoDbTable('orders'),
      dynamoDbTable('sessions', { pointInTimeRecoveryStatus: { ok: true, value: 'DISABLED' } }),
    );
    expect(findings.map((f) => [f.resourceId, f.status])).toEqual([
      [arn('orders'), 'PASS'],
      [arn('sessions'), 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({
      resourceType: 'AwsDynamoDbTable',
      message: 'Table sessions has point-in-time recovery DISABLED.',
      evidence: { pointInTimeRecoveryStatus: 'DISABLED' },
    });
  });

  it('is an ERROR with the AWS code for a table whose continuous backups could not be read', () => {
    const findings = inRegion(
      dynamoDbTable('locked', {
        pointInTimeRecoveryStatus: {
          ok: false,
          code: 'AccessDeniedException',
          operation: 'dynamodb:DescribeContinuousBackups',
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
    expect(evaluate(dynamodbTablePointInTimeRecoveryEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
