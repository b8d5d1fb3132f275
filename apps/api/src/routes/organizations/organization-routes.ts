import { ConflictError, InvalidRequestError, NotFoundError, type OrganizationRecord } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { auditedChange } from '../../http/audit-trail.js';
import { sendProblem } from '../../http/problem-handler.js';
import type { TypedApp } from '../../http/typed-app.js';
import {
  CreateOrganizationBody,
  OrganizationParams,
  OrganizationSchema,
  UpdateOrganizationBody,
} from '../../schemas/organization.js';
import { problemResponses } from '../../schemas/problem.js';

/** Fields of the configured (default) organization that come from configuration and are reset at start. */
const CONFIGURED_FIELDS = [
  'managementRoleArn',
  'managementExternalId',
  'memberRoleName',
  'externalId',
] as const;

function organizationView(organization: OrganizationRecord, defaultId: string) {
  return {
    id: organization.id,
    name: organization.name,
    default: organization.id === defaultId,
    awsOrganizationId: organization.awsOrganizationId,
    managementAccountId: organization.managementAccountId,
    managementRoleArn: organization.managementRoleArn,
    managementExternalIdSet: organization.managementExternalId !== null,
    memberRoleName: organization.memberRoleName,
    externalIdSet: organization.externalId !== null,
    regionAllowList: organization.scope.regionAllowList ? [...organization.scope.regionAllowList] : null,
    ouInclude: [...organization.scope.ouInclude],
    ouExclude: [...organization.scope.ouExclude],
    accountTagFilters: organization.scope.accountTagFilters.map((filter) => ({
      key: filter.key,
      values: [...filter.values],
    })),
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}

/**
 * Organizations to scan (admin to change). ExternalIds are write-only: responses say whether one is set,
 * never its value (it is not a secret to AWS, but it is what stops a confused deputy, so it is not handed
 * out or logged). The default organization's access settings come from configuration.
 */
export function organizationRoutes(app: TypedApp, deps: AppDeps): void {
  app.post(
    '/v1/organizations',
    {
      config: { access: 'admin', auditAction: 'organization.create' },
      schema: {
        tags: ['organizations'],
        summary: 'Add an organization: how to reach it (roles, ExternalIds) and what its scans cover',
        body: CreateOrganizationBody,
        response: { 201: OrganizationSchema, ...problemResponses(400, 409) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      await auditedChange(deps, request, 201, body.id, async (tx) => {
        const created = await tx.organizations.create({
          id: body.id,
          name: body.name,
          managementRoleArn: body.managementRoleArn ?? null,
          managementExternalId: body.managementExternalId ?? null,
          memberRoleName: body.memberRoleName ?? 'OrgScanReadOnly',
          externalId: body.externalId ?? null,
          scope: {
            regionAllowList: body.regionAllowList ?? null,
            ouInclude: body.ouInclude ?? [],
            ouExclude: body.ouExclude ?? [],
            accountTagFilters: body.accountTagFilters ?? [],
          },
        });
        if (!created) throw new ConflictError(`organization ${body.id} already exists`);
      });
      const organization = await deps.store.organizations.get(body.id);
      return reply
        .code(201)
        .header('location', `/v1/organizations/${body.id}`)
        .send(organizationView(organization!, deps.defaultOrganizationId));
    },
  );

  app.get(
    '/v1/organizations',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Organizations orgscan scans',
        response: { 200: Type.Object({ items: Type.Array(OrganizationSchema) }) },
      },
    },
    async () => ({
      items: (await deps.store.organizations.list()).map((organization) =>
        organizationView(organization, deps.defaultOrganizationId),
      ),
    }),
  );

  app.get(
    '/v1/organizations/:id',
    {
      schema: {
        tags: ['organizations'],
        summary: 'One organization',
        params: OrganizationParams,
        response: { 200: OrganizationSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const organization = await deps.store.organizations.get(request.params.id);
      if (!organization) throw new NotFoundError('organization', request.params.id);
      return organizationView(organization, deps.defaultOrganizationId);
    },
  );

  app.patch(
    '/v1/organizations/:id',
    {
      config: { access: 'admin', auditAction: 'organization.update' },
      schema: {
        tags: ['organizations'],
        summary: "Change an organization's access settings or scope (applies to the next scan)",
        params: OrganizationParams,
        body: UpdateOrganizationBody,
        response: { 200: OrganizationSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      if (request.params.id === deps.defaultOrganizationId) {
        const configured = CONFIGURED_FIELDS.find((field) => request.body[field] !== undefined);
        if (configured) {
          throw new InvalidRequestError(
            `${configured} of the default organization comes from configuration`,
            configured,
          );
        }
      }
      const updated = await auditedChange(deps, request, 200, request.params.id, async (tx) => {
        const changed = await tx.organizations.update(request.params.id, request.body);
        if (!changed) throw new NotFoundError('organization', request.params.id);
        return changed;
      });
      return organizationView(updated, deps.defaultOrganizationId);
    },
  );

  app.delete(
    '/v1/organizations/:id',
    {
      config: { access: 'admin', auditAction: 'organization.delete' },
      schema: {
        tags: ['organizations'],
        summary: 'Remove an organization with its scans, findings, posture and mutes (409 while a scan runs)',
        params: OrganizationParams,
        response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      if (request.params.id === deps.defaultOrganizationId) {
        return sendProblem(reply, {
          type: 'conflict',
          title: 'Conflict',
          status: 409,
          detail: 'the default organization comes from configuration and cannot be removed',
        });
      }
      const { id } = request.params;
      await auditedChange(deps, request, 204, id, async (tx) => {
        if (!(await tx.organizations.lock(id))) throw new NotFoundError('organization', id);
        // Deleting under a running scan would leave its jobs working for an organization that is gone.
        const running = await tx.scans.unfinishedOf(id);
        if (running) {
          throw new ConflictError(
            `organization ${id} has scan ${running.id} ${running.status}: cancel it ` +
              `(POST /v1/scans/${running.id}/cancel) or let it finish, then delete the organization`,
          );
        }
        await tx.organizations.delete(id);
      });
      return reply.code(204).send(null);
    },
  );
}
