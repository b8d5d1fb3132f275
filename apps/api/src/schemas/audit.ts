import { Type } from '@sinclair/typebox';
import { Cursor, DateTime } from './common.js';

export const AuditEntrySchema = Type.Object(
  {
    id: Type.Integer(),
    at: DateTime,
    actor: Type.Object({
      id: Type.String({ description: 'API key id, or bootstrap' }),
      name: Type.String(),
      role: Type.String({ examples: ['admin'] }),
      via: Type.Union([Type.Literal('api-key'), Type.Literal('session')], {
        description: 'api-key: the key itself was presented; session: a dashboard session opened with it',
      }),
    }),
    action: Type.String({ examples: ['mute.create'] }),
    method: Type.String({ examples: ['POST'] }),
    path: Type.String({ examples: ['/v1/mutes'] }),
    resourceId: Type.Union([Type.String(), Type.Null()]),
    statusCode: Type.Integer({
      description: 'The answer: denied and failed attempts are recorded too',
      examples: [201],
    }),
    requestId: Type.String(),
    remoteIp: Type.Union([Type.String(), Type.Null()]),
    details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
      description: 'Parameters and body of the request, secrets removed',
    }),
  },
  { title: 'AuditEntry' },
);

export const ListAuditQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Items per page' }),
    cursor: Cursor,
    actorId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 200, examples: ['scan.start'] })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
