import { Type } from '@sinclair/typebox';
import { ApiRoleSchema } from './api-key.js';
import { DateTime } from './common.js';

export const CreateSessionBody = Type.Object(
  {
    apiKey: Type.String({
      minLength: 1,
      maxLength: 512,
      description: 'An orgscan API key; exchanged for a session cookie, never stored in the browser',
    }),
  },
  { additionalProperties: false, examples: [{ apiKey: 'osk_…' }] },
);

export const SessionSchema = Type.Object(
  {
    principal: Type.Union(
      [
        Type.Object({
          keyId: Type.String({ description: 'API key id, or bootstrap' }),
          name: Type.String(),
          role: ApiRoleSchema,
          keyPrefix: Type.String(),
          via: Type.Union([Type.Literal('api-key'), Type.Literal('session')]),
        }),
        Type.Null(),
      ],
      { description: 'null: not signed in (no valid session or key)' },
    ),
    session: Type.Union(
      [
        Type.Object({
          createdAt: DateTime,
          idleExpiresAt: DateTime,
          expiresAt: DateTime,
        }),
        Type.Null(),
      ],
      { description: 'null: the request was made with an API key, not a session' },
    ),
    csrfToken: Type.Union([Type.String(), Type.Null()], {
      description: 'Send it in x-csrf-token with every change made with the session (POST, PATCH, DELETE)',
    }),
  },
  { title: 'Session' },
);
