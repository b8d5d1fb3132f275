import { findCheck } from '@orgscan/checks';
import { NotFoundError } from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import type { TypedApp } from '../../http/typed-app.js';
import { pageOf } from '../../schemas/pagination.js';
import {
  FindingDetailQuery,
  FindingDetailSchema,
  FingerprintParams,
  ListPostureQuery,
  PostureFindingSchema,
} from '../../schemas/posture.js';
import { problemResponses } from '../../schemas/problem.js';
import { checkIdsFor, organizationOf } from '../posture/organization-scope.js';
import { observationView, postureFindingView } from '../posture/posture-views.js';

/** The current posture: the latest state of every finding of an organization. */
export function findingRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/v1/findings',
    {
      schema: {
        tags: ['findings'],
        summary: 'Current posture: the latest state of every finding, filtered, sorted, in pages',
        description:
          'One row per finding (organization, account, region, check, resource) with its lifecycle: first and ' +
          'last seen, when its status changed, whether it is open, muted, or archived (resource gone). ' +
          'check, service and framework + requirement filters combine (intersection); ouId includes nested OUs.',
        querystring: ListPostureQuery,
        response: { 200: pageOf(PostureFindingSchema, 'PostureFindingPage'), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { query } = request;
      const organization = await organizationOf(deps, query.organizationId);
      const checkIds = checkIdsFor(query);
      if (checkIds?.length === 0) return { items: [], nextCursor: null };
      const page = await deps.store.posture.list({
        organizationId: organization.id,
        limit: query.limit,
        cursor: query.cursor,
        sort: query.sort,
        status: query.status,
        severity: query.severity,
        checkIds,
        accountId: query.accountId,
        ouId: query.ouId,
        region: query.region,
        muted: query.muted,
        recordState: query.recordState,
        firstSeenFrom: query.firstSeenFrom ? new Date(query.firstSeenFrom) : undefined,
        firstSeenTo: query.firstSeenTo ? new Date(query.firstSeenTo) : undefined,
        lastSeenFrom: query.lastSeenFrom ? new Date(query.lastSeenFrom) : undefined,
        lastSeenTo: query.lastSeenTo ? new Date(query.lastSeenTo) : undefined,
        resource: query.resource,
      });
      return { items: page.items.map(postureFindingView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/findings/:fingerprint',
    {
      schema: {
        tags: ['findings'],
        summary: 'One finding: its current state, remediation, compliance mapping and status history',
        params: FingerprintParams,
        querystring: FindingDetailQuery,
        response: { 200: FindingDetailSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { fingerprint } = request.params;
      const organizationId = await deps.store.posture.findOrganization(fingerprint);
      const finding = organizationId ? await deps.store.posture.get(organizationId, fingerprint) : null;
      if (!finding) throw new NotFoundError('finding', fingerprint);
      const history = await deps.store.posture.history(
        finding.organizationId,
        fingerprint,
        request.query.historyLimit,
      );
      const check = findCheck(finding.checkId);
      return {
        ...postureFindingView(finding),
        remediation: check
          ? { text: check.remediation.text, cli: check.remediation.cli ?? null, url: check.remediation.url }
          : null,
        compliance: Object.entries(check?.compliance ?? {}).map(([framework, requirements]) => ({
          framework,
          requirements: [...(requirements ?? [])],
        })),
        history: history.map(observationView),
      };
    },
  );
}
