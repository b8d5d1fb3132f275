import { SEVERITIES } from '@orgscan/checks';
import { DELIVERY_STATUSES, WEBHOOK_EVENTS, WEBHOOK_FORMATS, WEBHOOK_MODES } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import {
  Cursor,
  DateTime,
  Limit,
  NullableDateTime,
  OrganizationId,
  OrganizationQuery,
  OuId,
  Uuid,
} from './common.js';
import { literalUnion } from './literal-union.js';
import { AccountId, CheckId } from './scan.js';

const list = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  Type.Optional(Type.Array(item, { minItems: 1, maxItems: 200, uniqueItems: true, description }));

export const WebhookFilters = Type.Object(
  {
    severities: list(literalUnion(SEVERITIES), 'Only findings of these severities'),
    checkIds: list(CheckId, 'Only findings of these checks'),
    accountIds: list(AccountId, 'Only findings of these accounts'),
    ouIds: list(OuId, 'Only findings of accounts under these OUs (nested included)'),
  },
  {
    additionalProperties: false,
    title: 'WebhookFilters',
    description:
      'Which finding events are sent: every filter that is set must match (scan.completed is not filtered)',
  },
);

const events = Type.Array(literalUnion(WEBHOOK_EVENTS), {
  minItems: 1,
  uniqueItems: true,
  description:
    'scan.completed: summary and what changed; finding.opened: new or regressed; finding.resolved; ' +
    'finding.reopened: still failing after its mute expired',
});

const url = Type.String({
  minLength: 8,
  maxLength: 2048,
  description:
    'https URL (generic: your receiver; pagerduty: https://events.pagerduty.com/v2/enqueue; jira: ' +
    'https://<site>.atlassian.net). Private addresses only when listed in WEBHOOK_ALLOWED_PRIVATE_TARGETS',
  examples: ['https://hooks.example.com/orgscan'],
});

const jiraSettings = {
  email: Type.String({
    format: 'email',
    maxLength: 320,
    description: 'Atlassian account of the API token (basic auth)',
    examples: ['secops-bot@example.com'],
  }),
  projectKey: Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,49}$', examples: ['SEC'] }),
  issueType: Type.String({ minLength: 1, maxLength: 100, default: 'Task', examples: ['Bug'] }),
};
const apiToken = Type.String({
  minLength: 8,
  maxLength: 1024,
  description: 'Atlassian API token (write-only: stored encrypted, never returned)',
});

export const CreateWebhookBody = Type.Object(
  {
    organizationId: Type.Optional(OrganizationId),
    name: Type.String({ minLength: 1, maxLength: 200, examples: ['SecOps tickets'] }),
    url,
    format: Type.Optional(literalUnion(WEBHOOK_FORMATS, { description: 'Default generic' })),
    mode: Type.Optional(
      literalUnion(WEBHOOK_MODES, {
        description:
          'per-finding (default; the only mode of pagerduty and jira) or digest: one per scan, in parts',
      }),
    ),
    events,
    filters: Type.Optional(WebhookFilters),
    enabled: Type.Optional(Type.Boolean({ default: true })),
    routingKey: Type.Optional(
      Type.String({
        minLength: 8,
        maxLength: 256,
        description: 'pagerduty: the integration key of an Events API v2 integration (write-only)',
      }),
    ),
    jira: Type.Optional(
      Type.Object({ ...jiraSettings, apiToken }, { additionalProperties: false, title: 'JiraSettingsInput' }),
    ),
  },
  {
    additionalProperties: false,
    title: 'CreateWebhook',
    examples: [
      {
        name: 'SecOps receiver',
        url: 'https://hooks.example.com/orgscan',
        events: ['scan.completed', 'finding.opened', 'finding.resolved', 'finding.reopened'],
        filters: { severities: ['critical', 'high'] },
      },
    ],
  },
);

export const UpdateWebhookBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    url: Type.Optional(url),
    events: Type.Optional(events),
    filters: Type.Optional(WebhookFilters),
    enabled: Type.Optional(Type.Boolean({ description: 'true also clears a 410 Gone or 429 pause' })),
    routingKey: Type.Optional(
      Type.String({ minLength: 8, maxLength: 256, description: 'pagerduty: a new key' }),
    ),
    jira: Type.Optional(
      Type.Object(
        {
          email: Type.Optional(jiraSettings.email),
          projectKey: Type.Optional(jiraSettings.projectKey),
          issueType: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          apiToken: Type.Optional(apiToken),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1, title: 'UpdateWebhook', examples: [{ enabled: true }] },
);

const DeliveryCounts = Type.Object(
  Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, Type.Integer()])),
  { title: 'DeliveryCounts' },
);

export const WebhookSchema = Type.Object(
  {
    id: Uuid,
    organizationId: Type.String(),
    name: Type.String(),
    url: Type.String({
      description:
        'Scheme, host and port of the URL, then … when it has a path or query: those may carry tokens, so the ' +
        'full URL is stored sealed and never shown after it is saved',
      examples: ['https://hooks.example.com/…'],
    }),
    format: literalUnion(WEBHOOK_FORMATS),
    mode: literalUnion(WEBHOOK_MODES),
    events: Type.Array(literalUnion(WEBHOOK_EVENTS)),
    filters: WebhookFilters,
    jira: Type.Union([
      Type.Object({ email: Type.String(), projectKey: Type.String(), issueType: Type.String() }),
      Type.Null(),
    ]),
    secretSet: Type.Boolean({
      description: 'A signing secret, routing key or API token is stored (encrypted); it is never returned',
    }),
    enabled: Type.Boolean(),
    disabledReason: Type.Union([Type.String(), Type.Null()], {
      description: 'Why orgscan disabled the endpoint (it answered 410 Gone)',
    }),
    throttledUntil: NullableDateTime,
    deliveries: DeliveryCounts,
    createdBy: Type.String(),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
  { title: 'Webhook' },
);

export const CreatedWebhookSchema = Type.Composite(
  [
    WebhookSchema,
    Type.Object({
      secret: Type.Optional(
        Type.String({
          description:
            'generic: the Standard Webhooks signing secret (whsec_…). Shown this once: store it in the receiver',
        }),
      ),
    }),
  ],
  { title: 'CreatedWebhook' },
);

export const DeliverySchema = Type.Object(
  {
    id: Uuid,
    webhookId: Uuid,
    messageId: Type.String({
      description: 'The webhook-id header: the same on every attempt and redelivery',
    }),
    eventType: Type.String({ examples: ['finding.opened'] }),
    scanId: Type.Union([Uuid, Type.Null()]),
    fingerprint: Type.Union([Type.String(), Type.Null()]),
    part: Type.Union([Type.Integer(), Type.Null()], { description: 'Digest part number' }),
    parts: Type.Union([Type.Integer(), Type.Null()]),
    status: literalUnion(DELIVERY_STATUSES, {
      description: 'pending (waiting for its next attempt), delivering, succeeded, dead (dead-lettered)',
    }),
    attemptCount: Type.Integer(),
    nextAttemptAt: NullableDateTime,
    lastStatusCode: Type.Union([Type.Integer(), Type.Null()]),
    lastError: Type.Union([Type.String(), Type.Null()]),
    attempts: Type.Array(
      Type.Object({
        at: DateTime,
        durationMs: Type.Integer(),
        statusCode: Type.Union([Type.Integer(), Type.Null()]),
        error: Type.Union([Type.String(), Type.Null()]),
      }),
    ),
    createdAt: DateTime,
    deliveredAt: NullableDateTime,
    deadAt: NullableDateTime,
  },
  { title: 'WebhookDelivery' },
);

export const WebhookParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'Webhook id' }) },
  { additionalProperties: false },
);

export const DeliveryParams = Type.Object(
  {
    id: Type.String({ format: 'uuid', description: 'Webhook id' }),
    deliveryId: Type.String({ format: 'uuid', description: 'Delivery id' }),
  },
  { additionalProperties: false },
);

export const ListWebhooksQuery = Type.Object(
  { ...OrganizationQuery, limit: Limit(100, 500), cursor: Cursor },
  { additionalProperties: false },
);

export const ListDeliveriesQuery = Type.Object(
  {
    status: Type.Optional(literalUnion(DELIVERY_STATUSES)),
    limit: Limit(50, 500),
    cursor: Cursor,
  },
  { additionalProperties: false },
);

export const TestDeliverySchema = Type.Object(
  { deliveryId: Uuid, links: Type.Object({ delivery: Type.String() }) },
  { title: 'TestDelivery' },
);
