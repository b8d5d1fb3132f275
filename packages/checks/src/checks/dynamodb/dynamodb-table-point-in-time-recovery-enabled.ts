import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { dynamoDbTableResource } from './dynamodb-table-resource.js';

/** FSBP DynamoDB.2: PASS needs PointInTimeRecoveryStatus ENABLED (DescribeContinuousBackups). */
export const dynamodbTablePointInTimeRecoveryEnabled = defineCheck({
  id: 'dynamodb-table-point-in-time-recovery-enabled',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  service: 'dynamodb',
  severity: 'medium',
  scope: 'regional',
  requires: ['dynamodb.tables'],
  compliance: { 'aws-fsbp': ['DynamoDB.2'] },
  remediation: {
    text: 'Turn on point-in-time recovery for the table, so it can be restored to any second of the recovery period.',
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
  },
  evaluate(ctx) {
    const tables = ctx.slice('dynamodb.tables');
    if (tables.length === 0) return [pass(ctx.scopeResource, `No DynamoDB table in ${ctx.region}.`)];
    return tables.map((table) => {
      const resource = dynamoDbTableResource(table);
      const status = table.pointInTimeRecoveryStatus;
      if (!status.ok)
        return unreadableField(resource, status, `the continuous backups of table ${table.name}`);
      const evidence = { pointInTimeRecoveryStatus: status.value };
      return status.value === 'ENABLED'
        ? pass(resource, `Table ${table.name} has point-in-time recovery enabled.`, evidence)
        : fail(resource, `Table ${table.name} has point-in-time recovery ${status.value}.`, evidence);
    });
  },
});
