import { type Static, Type } from '@sinclair/typebox';

/** Simulated S3, S3 Control, KMS, RDS, EFS, Lambda, ECS, SQS, of one account. */
export const DataStateSchema = Type.Object({}, { additionalProperties: false });

export type DataState = Static<typeof DataStateSchema>;
