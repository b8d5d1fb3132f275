import { API_ROLES } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import { Cursor, DateTime, NullableDateTime, Uuid } from './common.js';
import { literalUnion } from './literal-union.js';

export const ApiRoleSchema = literalUnion(API_ROLES, {
  description:
    'viewer: read; operator: + start, cancel, retry scans; admin: + keys, mutes, organizations, schedules, webhooks',
});

export const ApiKeySchema = Type.Object(
  {
    id: Uuid,
    name: Type.String({ examples: ['ci-reporting'] }),
    role: ApiRoleSchema,
    keyPrefix: Type.String({
      description: 'First characters of the key, to recognise it',
      examples: ['osk_3kT9aQ1z'],
    }),
    createdBy: Type.String(),
    createdAt: DateTime,
    expiresAt: NullableDateTime,
    lastUsedAt: Type.Union([DateTime, Type.Null()], { description: 'Updated at most once a minute' }),
    revokedAt: NullableDateTime,
  },
  { title: 'ApiKey' },
);

export const CreatedApiKeySchema = Type.Composite(
  [
    ApiKeySchema,
    Type.Object({
      key: Type.String({
        description: 'The key: shown only in this response, stored only as a hash',
        examples: ['osk_3kT9aQ1zR0cXh8m2Vb7nLw4pYe6uJd5sKf1gHa9tZq0'],
      }),
    }),
  ],
  { title: 'CreatedApiKey' },
);

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[\\w .@:/-]+$',
      examples: ['ci-reporting'],
    }),
    role: ApiRoleSchema,
    expiresAt: Type.Optional(
      Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
        description: 'The key stops working after this time',
      }),
    ),
  },
  {
    additionalProperties: false,
    title: 'CreateApiKey',
    examples: [{ name: 'ci-reporting', role: 'viewer' }],
  },
);

export const ApiKeyParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'API key id' }) },
  { additionalProperties: false },
);
export const ListApiKeysQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Items per page' }),
    cursor: Cursor,
  },
  { additionalProperties: false },
);
