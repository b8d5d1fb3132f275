import { type Static, Type } from '@sinclair/typebox';

/**
 * One DynamoDB table. An omitted field takes the value CreateTable gives a table created without that
 * option (see each field).
 */
const TableSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-zA-Z0-9_.-]{3,255}$' }),
    /** Omitted: false. */
    deletionProtectionEnabled: Type.Optional(Type.Boolean()),
    /** Point-in-time recovery; omitted: off (DISABLED). */
    pointInTimeRecoveryEnabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/**
 * Simulated DynamoDB of one account: its tables, by region. Omitted means "as AWS has it for a fresh
 * account": no table in any region.
 */
export const DynamodbStateSchema = Type.Object(
  {
    /** Tables by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object({ tables: Type.Optional(Type.Array(TableSchema)) }, { additionalProperties: false }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type DynamodbState = Static<typeof DynamodbStateSchema>;
export type SimulatedDynamodbTable = Static<typeof TableSchema>;
