import { type Static, Type } from '@sinclair/typebox';

const CertificateSchema = Type.Object(
  {
    /** The certificate id (a UUID) in its ARN. */
    id: Type.String(),
    domainName: Type.String(),
    /** Omitted: AMAZON_ISSUED. */
    type: Type.Optional(Type.Union([Type.Literal('AMAZON_ISSUED'), Type.Literal('IMPORTED')])),
    /** Omitted: RSA_2048, ACM's default. */
    keyAlgorithm: Type.Optional(
      Type.Union(
        ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'].map(
          (algorithm) => Type.Literal(algorithm),
        ),
      ),
    ),
    /** Days from the scan until it expires (negative: expired); omitted: 395, a fresh ACM-issued one. */
    expiresInDays: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);

/** Simulated ACM certificates of one account, by region. Omitted: none. */
export const AcmStateSchema = Type.Object(
  { regions: Type.Record(Type.String(), Type.Array(CertificateSchema)) },
  { additionalProperties: false },
);

export type AcmState = Static<typeof AcmStateSchema>;
