import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { dynamoDbTableResource } from './dynamodb-table-resource.js';

/** FSBP DynamoDB.6: PASS needs DeletionProtectionEnabled (DescribeTable). */
export const dynamodbTableDeletionProtectionEnabled = defineCheck({
  id: 'dynamodb-table-deletion-protection-enabled',
  title: 'DynamoDB tables have deletion protection enabled',
  service: 'dynamodb',
  severity: 'medium',
  scope: 'regional',
  requires: ['dynamodb.tables'],
  compliance: { 'aws-fsbp': ['DynamoDB.6'] },
  remediation: {
    text: 'Turn on deletion protection for the table, so it cannot be deleted until protection is turned off.',
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
  },
  evaluate(ctx) {
    const tables = ctx.slice('dynamodb.tables');
    if (tables.length === 0) return [pass(ctx.scopeResource, `No DynamoDB table in ${ctx.region}.`)];
    return tables.map((table) => {
      const resource = dynamoDbTableResource(table);
      const protection = table.deletionProtectionEnabled;
      if (!protection.ok)
        return unreadableField(resource, protection, `the description of table ${table.name}`);
      return protection.value
        ? pass(resource, `Table ${table.name} has deletion protection enabled.`)
        : fail(resource, `Table ${table.name} can be deleted: deletion protection is off.`);
    });
  },
});
