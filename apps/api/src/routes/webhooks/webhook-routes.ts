import { findCheck } from '@orgscan/checks';
import {
  ConflictError,
  DestinationNotAllowedError,
  generateSigningSecret,
  InvalidRequestError,
  type JiraSettings,
  NotFoundError,
  type SecretBox,
  type WebhookChanges,
  type WebhookFilters,
  type WebhookRecord,
  webhookSecretContext,
} from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { auditedChange, auditHook } from '../../http/audit-trail.js';
import type { TypedApp } from '../../http/typed-app.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';
import {
  CreatedWebhookSchema,
  CreateWebhookBody,
  DeliveryParams,
  DeliverySchema,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  TestDeliverySchema,
  UpdateWebhookBody,
  WebhookParams,
  WebhookSchema,
} from '../../schemas/webhook.js';
import { organizationOf } from '../posture/organization-scope.js';
import { deliveryView, webhookView } from './webhook-views.js';

function secretsOf(deps: AppDeps): SecretBox {
  if (!deps.webhooks.secrets) {
    throw new ConflictError(
      'SECRETS_ENCRYPTION_KEY is not configured: webhook secrets cannot be stored encrypted, so webhooks cannot be saved',
    );
  }
  return deps.webhooks.secrets;
}

function allowedUrl(deps: AppDeps, url: string): string {
  try {
    deps.webhooks.destinations.checkUrl(url);
  } catch (error) {
    if (error instanceof DestinationNotAllowedError) throw new InvalidRequestError(error.message, 'url');
    throw error;
  }
  return url;
}

function knownChecks(filters: WebhookFilters | undefined): void {
  const unknown = (filters?.checkIds ?? []).filter((id) => !findCheck(id));
  if (unknown.length > 0)
    throw new InvalidRequestError(`unknown check id(s): ${unknown.join(', ')}`, 'filters.checkIds');
}

async function loadWebhook(deps: AppDeps, id: string): Promise<WebhookRecord> {
  const webhook = await deps.store.webhooks.get(id);
  if (!webhook) throw new NotFoundError('webhook', id);
  return webhook;
}

/**
 * Webhooks (admin): endpoints that receive scan and finding events — signed JSON (Standard Webhooks),
 * PagerDuty Events API v2, or Jira Cloud issues, one ticket per finding. Requests never deliver anything
 * themselves: deliveries are rows that the worker's drains send, retry and dead-letter.
 */
export function webhookRoutes(app: TypedApp, deps: AppDeps): void {
  const view = async (webhook: WebhookRecord) =>
    webhookView(webhook, await deps.store.webhookDeliveries.countByStatus(webhook.id));

  app.post(
    '/v1/webhooks',
    {
      config: { access: 'admin', auditAction: 'webhook.create' },
      schema: {
        tags: ['webhooks'],
        summary: 'Add an endpoint for scan and finding events (generic signed JSON, PagerDuty or Jira)',
        description:
          'generic: the answer carries the signing secret (whsec_…) once; verify the webhook-signature header ' +
          'with it. pagerduty: give routingKey. jira: give jira.email, jira.apiToken, jira.projectKey. ' +
          'Secrets are stored encrypted and never returned.',
        body: CreateWebhookBody,
        response: { 201: CreatedWebhookSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const format = body.format ?? 'generic';
      const mode = body.mode ?? 'per-finding';
      if (format !== 'pagerduty' && body.routingKey !== undefined) {
        throw new InvalidRequestError('routingKey is for format pagerduty', 'routingKey');
      }
      if (format !== 'jira' && body.jira !== undefined) {
        throw new InvalidRequestError('jira settings are for format jira', 'jira');
      }
      if (format === 'pagerduty' && body.routingKey === undefined) {
        throw new InvalidRequestError(
          'format pagerduty needs routingKey (an Events API v2 integration key)',
          'routingKey',
        );
      }
      if (format === 'jira' && body.jira === undefined) {
        throw new InvalidRequestError(
          'format jira needs jira.email, jira.apiToken and jira.projectKey',
          'jira',
        );
      }
      if (format !== 'generic') {
        if (mode !== 'per-finding') {
          throw new InvalidRequestError(
            `format ${format} opens one ticket per finding: mode must be per-finding`,
            'mode',
          );
        }
        if (body.events.includes('scan.completed')) {
          throw new InvalidRequestError(
            `format ${format} takes finding events only, not scan.completed`,
            'events',
          );
        }
      }
      allowedUrl(deps, body.url);
      knownChecks(body.filters);
      const secrets = secretsOf(deps);
      const organization = await organizationOf(deps, body.organizationId);
      const id = deps.newId();
      const signingSecret = format === 'generic' ? generateSigningSecret() : null;
      const secret = signingSecret ?? body.routingKey ?? body.jira?.apiToken ?? '';
      const jira: JiraSettings | null = body.jira
        ? {
            email: body.jira.email,
            projectKey: body.jira.projectKey,
            issueType: body.jira.issueType ?? 'Task',
          }
        : null;
      await auditedChange(deps, request, 201, id, (tx) =>
        tx.webhooks.create({
          id,
          organizationId: organization.id,
          name: body.name,
          url: body.url,
          format,
          mode,
          events: body.events,
          filters: body.filters ?? {},
          jira,
          secretEncrypted: secrets.seal(secret, webhookSecretContext(id)),
          enabled: body.enabled ?? true,
          createdBy: request.principal?.name ?? 'unknown',
          createdAt: deps.now(),
        }),
      );
      const created = await view((await deps.store.webhooks.get(id)) as WebhookRecord);
      return reply
        .code(201)
        .header('location', `/v1/webhooks/${id}`)
        .send(signingSecret ? { ...created, secret: signingSecret } : created);
    },
  );

  app.get(
    '/v1/webhooks',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Webhooks, oldest first (all organizations unless organizationId is given)',
        querystring: ListWebhooksQuery,
        response: { 200: pageOf(WebhookSchema, 'WebhookPage'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = await deps.store.webhooks.list(request.query);
      return { items: await Promise.all(page.items.map(view)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/webhooks/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'One webhook, with its deliveries counted by status',
        params: WebhookParams,
        response: { 200: WebhookSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => view(await loadWebhook(deps, request.params.id)),
  );

  app.patch(
    '/v1/webhooks/:id',
    {
      config: { access: 'admin', auditAction: 'webhook.update' },
      schema: {
        tags: ['webhooks'],
        summary:
          'Change a webhook (format and mode are fixed); enabled=true re-enables one disabled by 410 Gone',
        params: WebhookParams,
        body: UpdateWebhookBody,
        response: { 200: WebhookSchema, ...problemResponses(400, 404, 409) },
      },
    },
    async (request) => {
      const { body } = request;
      const current = await loadWebhook(deps, request.params.id);
      if (body.routingKey !== undefined && current.format !== 'pagerduty') {
        throw new InvalidRequestError('routingKey is for format pagerduty', 'routingKey');
      }
      if (body.jira !== undefined && current.format !== 'jira') {
        throw new InvalidRequestError('jira settings are for format jira', 'jira');
      }
      if (current.format !== 'generic' && body.events?.includes('scan.completed')) {
        throw new InvalidRequestError(`format ${current.format} takes finding events only`, 'events');
      }
      if (body.url !== undefined) allowedUrl(deps, body.url);
      knownChecks(body.filters);
      const newSecret = body.routingKey ?? body.jira?.apiToken;
      const changes: WebhookChanges = {
        name: body.name,
        url: body.url,
        events: body.events,
        filters: body.filters,
        enabled: body.enabled,
        jira:
          body.jira && current.jira
            ? {
                email: body.jira.email ?? current.jira.email,
                projectKey: body.jira.projectKey ?? current.jira.projectKey,
                issueType: body.jira.issueType ?? current.jira.issueType,
              }
            : undefined,
        secretEncrypted:
          newSecret === undefined
            ? undefined
            : secretsOf(deps).seal(newSecret, webhookSecretContext(current.id)),
      };
      await auditedChange(deps, request, 200, current.id, (tx) =>
        tx.webhooks.update(current.id, changes, deps.now()),
      );
      const updated = await loadWebhook(deps, current.id);
      // Deliveries held back while it was disabled or throttled go out now rather than at the next sweep.
      if (body.enabled === true) await deps.webhooks.queue.wake(current.id, 1);
      return view(updated);
    },
  );

  app.delete(
    '/v1/webhooks/:id',
    {
      config: { access: 'admin', auditAction: 'webhook.delete' },
      schema: {
        tags: ['webhooks'],
        summary: 'Delete a webhook and its deliveries (tickets it opened are left as they are)',
        params: WebhookParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await auditedChange(deps, request, 204, request.params.id, async (tx) => {
        if (!(await tx.webhooks.delete(request.params.id)))
          throw new NotFoundError('webhook', request.params.id);
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/webhooks/:id/test',
    {
      config: { access: 'admin', auditAction: 'webhook.test' },
      schema: {
        tags: ['webhooks'],
        summary: 'Send a ping (webhook.test) through the delivery queue; follow it in the deliveries',
        description:
          'generic: a signed webhook.test event; pagerduty: a change event (pages nobody); jira: reads ' +
          '/rest/api/3/myself with the stored credentials.',
        params: WebhookParams,
        response: { 202: TestDeliverySchema, ...problemResponses(400, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const webhook = await loadWebhook(deps, request.params.id);
      if (!webhook.enabled) throw new ConflictError('the webhook is disabled: enable it first');
      const deliveryId = deps.newId();
      await deps.store.transaction(async (tx) => {
        await tx.webhookDeliveries.createTest(deliveryId, webhook.id, deps.now());
        await auditHook(deps, request, 202)(tx, webhook.id);
        await deps.webhooks.queue.wake(webhook.id, 1);
      });
      const link = `/v1/webhooks/${webhook.id}/deliveries/${deliveryId}`;
      return reply
        .code(202)
        .header('location', link)
        .send({ deliveryId, links: { delivery: link } });
    },
  );

  app.get(
    '/v1/webhooks/:id/deliveries',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Deliveries, newest first: status, every attempt with its status code, error and duration',
        params: WebhookParams,
        querystring: ListDeliveriesQuery,
        response: { 200: pageOf(DeliverySchema, 'WebhookDeliveryPage'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const webhook = await loadWebhook(deps, request.params.id);
      const page = await deps.store.webhookDeliveries.list(webhook.id, request.query);
      return { items: page.items.map(deliveryView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/webhooks/:id/deliveries/:deliveryId',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'One delivery with its attempts',
        params: DeliveryParams,
        response: { 200: DeliverySchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const delivery = await deps.store.webhookDeliveries.get(request.params.id, request.params.deliveryId);
      if (!delivery) throw new NotFoundError('delivery', request.params.deliveryId);
      return deliveryView(delivery);
    },
  );

  app.post(
    '/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      config: { access: 'admin', auditAction: 'webhook.redeliver' },
      schema: {
        tags: ['webhooks'],
        summary: 'Send a dead-lettered (or delivered) delivery again, with a fresh retry schedule',
        params: DeliveryParams,
        response: { 202: DeliverySchema, ...problemResponses(400, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const webhook = await loadWebhook(deps, request.params.id);
      const existing = await deps.store.webhookDeliveries.get(webhook.id, request.params.deliveryId);
      if (!existing) throw new NotFoundError('delivery', request.params.deliveryId);
      const delivery = await deps.store.transaction(async (tx) => {
        const redelivered = await tx.webhookDeliveries.redeliver(webhook.id, existing.id, deps.now());
        if (!redelivered)
          throw new ConflictError(`the delivery is ${existing.status}: it is already being delivered`);
        await auditHook(deps, request, 202)(tx, webhook.id);
        await deps.webhooks.queue.wake(webhook.id, 1);
        return redelivered;
      });
      return reply.code(202).send(deliveryView(delivery));
    },
  );
}
