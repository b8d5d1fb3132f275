import { type Static, Type } from '@sinclair/typebox';

/** Simulated account contacts, IAM beyond the credential report, Access Analyzer, Config, Security Hub, of one account. */
export const GovernanceStateSchema = Type.Object({}, { additionalProperties: false });

export type GovernanceState = Static<typeof GovernanceStateSchema>;
