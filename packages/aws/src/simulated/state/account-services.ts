import { type Static, Type } from '@sinclair/typebox';
import { DataStateSchema } from './data-state.js';
import { EcrStateSchema } from './ecr-state.js';
import { GovernanceStateSchema } from './governance-state.js';
import { LoggingStateSchema } from './logging-state.js';
import { NetworkStateSchema } from './network-state.js';
import { OpensearchStateSchema } from './opensearch-state.js';

/** What an account has configured beyond IAM basics, by area. An absent area means nothing configured. */
export const AccountServicesSchema = Type.Object(
  {
    logging: Type.Optional(LoggingStateSchema),
    network: Type.Optional(NetworkStateSchema),
    data: Type.Optional(DataStateSchema),
    governance: Type.Optional(GovernanceStateSchema),
    ecr: Type.Optional(EcrStateSchema),
    opensearch: Type.Optional(OpensearchStateSchema),
  },
  { additionalProperties: false },
);

export type AccountServices = Static<typeof AccountServicesSchema>;
