import { type Static, Type } from '@sinclair/typebox';

/**
 * One notebook instance. An omitted field takes the value CreateNotebookInstance gives an instance created
 * without that option (see each field).
 */
const NotebookInstanceSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$' }),
    /** Omitted: Enabled. */
    directInternetAccess: Type.Optional(Type.Union([Type.Literal('Enabled'), Type.Literal('Disabled')])),
    /** The customer VPC subnet; omitted: none (the SageMaker service VPC). */
    subnetId: Type.Optional(Type.String({ pattern: '^subnet-[0-9a-f]+$' })),
    /** Omitted: Enabled. */
    rootAccess: Type.Optional(Type.Union([Type.Literal('Enabled'), Type.Literal('Disabled')])),
    /** Omitted: notebook-al2023-v1 (the current default platform). */
    platformIdentifier: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

/**
 * Simulated SageMaker of one account: its notebook instances, by region. Omitted means "as AWS has it for
 * a fresh account": no notebook instance in any region.
 */
export const SagemakerStateSchema = Type.Object(
  {
    /** Notebook instances by region; a region not listed has none. */
    regions: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Object(
          { notebookInstances: Type.Optional(Type.Array(NotebookInstanceSchema)) },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);

export type SagemakerState = Static<typeof SagemakerStateSchema>;
export type SimulatedNotebookInstance = Static<typeof NotebookInstanceSchema>;
