import type { DynamoDbTable } from '../../inventory/dynamodb.js';
import type { ResourceRef } from '../../model/resource.js';

export function dynamoDbTableResource(table: DynamoDbTable): ResourceRef {
  return { id: table.arn, type: 'AwsDynamoDbTable' };
}
