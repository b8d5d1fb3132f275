import type * as Dynamodb from '@aws-sdk/client-dynamodb';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedDynamodbTable } from '../state/dynamodb-state.js';
import { boundedPageSize, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Dynamodb>> = SimulatedAnswer<typeof Dynamodb, Op>;

/** The region's tables in name order, the order ListTables answers in. */
function tablesOf({ caller, region }: SimulatedRequest): SimulatedDynamodbTable[] {
  const tables = caller.services?.dynamodb?.regions?.[region]?.tables ?? [];
  return [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Simulated DynamoDB: the tables of each region (`services.dynamodb.regions.<region>`). */
export const simulatedDynamodb = {
  ListTables: (request): Answer<'ListTables'> => {
    const size = boundedPageSize(request.input.Limit, 100, 1, 100, 'Limit');
    const after = request.input.ExclusiveStartTableName;
    const names = tablesOf(request)
      .map((table) => table.name)
      .filter((name) => after === undefined || name > after);
    const items = names.slice(0, size);
    // Like AWS, the page's last name is the token whenever the page is full and more names follow.
    const more = names.length > size;
    return { TableNames: items, ...(more ? { LastEvaluatedTableName: items.at(-1) } : {}) };
  },
  DescribeTable: (request): Answer<'DescribeTable'> => {
    const { caller, region, now } = request;
    const name = requiredParameter(request.input.TableName, 'TableName');
    const table = tablesOf(request).find((candidate) => candidate.name === name);
    if (!table) {
      throw simulatedError(
        'ResourceNotFoundException',
        `Requested resource not found: Table: ${name} not found`,
      );
    }
    return {
      Table: {
        TableName: name,
        TableArn: `arn:aws:dynamodb:${region}:${caller.id}:table/${name}`,
        TableStatus: 'ACTIVE',
        CreationDateTime: now,
        BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
        DeletionProtectionEnabled: table.deletionProtectionEnabled ?? false,
      },
    };
  },
  DescribeContinuousBackups: (request): Answer<'DescribeContinuousBackups'> => {
    const name = requiredParameter(request.input.TableName, 'TableName');
    const table = tablesOf(request).find((candidate) => candidate.name === name);
    if (!table) throw simulatedError('TableNotFoundException', `Table not found: ${name}`);
    return {
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: {
          PointInTimeRecoveryStatus: table.pointInTimeRecoveryEnabled ? 'ENABLED' : 'DISABLED',
        },
      },
    };
  },
} satisfies SimulatedService<typeof Dynamodb>;
