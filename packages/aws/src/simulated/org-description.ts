import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { AccountServicesSchema } from './state/account-services.js';

/**
 * An organization for the simulated AWS, as JSON: its OUs, its accounts and each account's posture.
 * Ages are in days before "now" so a description stays meaningful whenever it is run.
 */
const AccessKeySchema = Type.Object(
  {
    active: Type.Boolean(),
    ageDays: Type.Integer({ minimum: 0 }),
    lastUsedDaysAgo: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  },
  { additionalProperties: false },
);

const IamUserSchema = Type.Object(
  {
    name: Type.String({ pattern: '^[\\w+=,.@-]{1,64}$' }),
    createdDaysAgo: Type.Integer({ minimum: 0 }),
    console: Type.Boolean(),
    mfa: Type.Boolean(),
    passwordLastUsedDaysAgo: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    accessKeys: Type.Array(AccessKeySchema, { maxItems: 2 }),
  },
  { additionalProperties: false },
);

const PasswordPolicySchema = Type.Object(
  {
    minimumPasswordLength: Type.Integer({ minimum: 6, maximum: 128 }),
    passwordReusePrevention: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 })),
    requireSymbols: Type.Optional(Type.Boolean()),
    requireNumbers: Type.Optional(Type.Boolean()),
    requireUppercaseCharacters: Type.Optional(Type.Boolean()),
    requireLowercaseCharacters: Type.Optional(Type.Boolean()),
    maxPasswordAge: Type.Optional(Type.Integer({ minimum: 1, maximum: 1095 })),
  },
  { additionalProperties: false },
);

const IamStateSchema = Type.Object(
  {
    root: Type.Object(
      {
        mfa: Type.Boolean(),
        activeAccessKeys: Type.Integer({ minimum: 0, maximum: 2 }),
        passwordLastUsedDaysAgo: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
        /**
         * False: the root user's password was removed (centralized root access); the credential report then
         * says password_enabled false. Omitted: it has one, and the report says not_supported as usual.
         */
        password: Type.Optional(Type.Boolean()),
        /** False simulates a credential report that lacks the <root_account> row. */
        inCredentialReport: Type.Optional(Type.Boolean()),
      },
      { additionalProperties: false },
    ),
    passwordPolicy: Type.Union([PasswordPolicySchema, Type.Null()]),
    users: Type.Array(IamUserSchema),
  },
  { additionalProperties: false },
);

const AccountSchema = Type.Object(
  {
    id: Type.String({ pattern: '^\\d{12}$' }),
    name: Type.String({ minLength: 1 }),
    email: Type.String({ minLength: 3 }),
    state: Type.Union([
      Type.Literal('ACTIVE'),
      Type.Literal('SUSPENDED'),
      Type.Literal('PENDING_CLOSURE'),
      Type.Literal('CLOSED'),
    ]),
    parentId: Type.String({ minLength: 1 }),
    joinedDaysAgo: Type.Integer({ minimum: 0 }),
    /** False: the member role is missing or does not trust the scanner (AssumeRole is denied). */
    roleAssumable: Type.Boolean(),
    /** Opt-in regions this account has enabled. */
    optInRegionsEnabled: Type.Array(Type.String()),
    /** Regions a service control policy denies: every call there answers AccessDenied. */
    scpDeniedRegions: Type.Array(Type.String()),
    iam: IamStateSchema,
    services: Type.Optional(AccountServicesSchema),
    /** Account tags (organizations:ListTagsForResource). */
    tags: Type.Optional(Type.Record(Type.String(), Type.String())),
  },
  { additionalProperties: false },
);

export const SimulatedOrgSchema = Type.Object(
  {
    organizationId: Type.String({ pattern: '^o-[a-z0-9]{10,32}$' }),
    managementAccountId: Type.String({ pattern: '^\\d{12}$' }),
    rootId: Type.String({ pattern: '^r-[0-9a-z]{4,32}$' }),
    /** The role name members must be scanned through; AssumeRole of any other name is denied. */
    memberRoleName: Type.String({ minLength: 1 }),
    /** When set, AssumeRole must present this ExternalId. */
    externalId: Type.Union([Type.String({ minLength: 2 }), Type.Null()]),
    regions: Type.Array(
      Type.Object({ name: Type.String(), optIn: Type.Boolean() }, { additionalProperties: false }),
      { minItems: 1 },
    ),
    organizationalUnits: Type.Array(
      Type.Object(
        { id: Type.String({ pattern: '^ou-' }), name: Type.String(), parentId: Type.String() },
        { additionalProperties: false },
      ),
    ),
    accounts: Type.Array(AccountSchema),
  },
  { additionalProperties: false },
);

export type SimulatedOrg = Static<typeof SimulatedOrgSchema>;
export type SimulatedAccount = Static<typeof AccountSchema>;
export type SimulatedIamUser = Static<typeof IamUserSchema>;

/** Validates a description (schema, then references between its parts); throws listing every problem. */
export function parseSimulatedOrg(value: unknown): SimulatedOrg {
  const problems = [...Value.Errors(SimulatedOrgSchema, value)].map(
    (error) => `${error.path || '/'}: ${error.message}`,
  );
  if (problems.length === 0) {
    const org = value as SimulatedOrg;
    const parents = new Set([org.rootId, ...org.organizationalUnits.map((unit) => unit.id)]);
    const regions = new Set(org.regions.map((region) => region.name));
    for (const unit of org.organizationalUnits) {
      if (!parents.has(unit.parentId)) problems.push(`OU ${unit.id}: unknown parent ${unit.parentId}`);
    }
    const ids = new Set<string>();
    for (const account of org.accounts) {
      if (ids.has(account.id)) problems.push(`account ${account.id}: duplicated`);
      ids.add(account.id);
      if (!parents.has(account.parentId))
        problems.push(`account ${account.id}: unknown parent ${account.parentId}`);
      for (const region of [...account.optInRegionsEnabled, ...account.scpDeniedRegions]) {
        if (!regions.has(region)) problems.push(`account ${account.id}: unknown region ${region}`);
      }
    }
    if (!ids.has(org.managementAccountId))
      problems.push(`management account ${org.managementAccountId} is not listed`);
  }
  if (problems.length > 0) throw new Error(`invalid simulated organization:\n- ${problems.join('\n- ')}`);
  return value as SimulatedOrg;
}
