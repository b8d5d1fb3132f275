import { computeScanSummary, NotFoundError } from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import { auditHook } from '../../http/audit-trail.js';
import type { TypedApp } from '../../http/typed-app.js';
import { FindingSchema, ScanFindingsQuery } from '../../schemas/finding.js';
import { pageOf } from '../../schemas/pagination.js';
import { problemResponses } from '../../schemas/problem.js';
import {
  ListScansQuery,
  ScanDetailSchema,
  ScanIdParams,
  ScanSummarySchema,
  StartedScanSchema,
  StartScanBody,
} from '../../schemas/scan.js';
import { findingView, scanDetailView, scanSummaryView } from './scan-views.js';
import { requireStoredFindings } from './stored-findings.js';

export function scanRoutes(app: TypedApp, deps: AppDeps): void {
  app.post(
    '/v1/scans',
    {
      config: { access: 'operator', auditAction: 'scan.start' },
      schema: {
        tags: ['scans'],
        summary: 'Start a scan of an organization',
        description:
          'Records the scan and enqueues its planning job, without calling AWS: the planning job enumerates the ' +
          'organization (AWS Organizations), records one entry per account and enqueues one job per ACTIVE account ' +
          'in scope. Answers 202 at once with the scan `pending`; follow it with GET /v1/scans/{id} (its accounts ' +
          'appear once it is planned; a scan whose organization cannot be read ends `failed` with `failureReason`). ' +
          'Scope it with checks, frameworks (and requirement ids), services and regions: only the inventory the ' +
          'selected checks need is collected.',
        body: StartScanBody,
        response: { 202: StartedScanSchema, ...problemResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const started = await deps.startScan({
        organizationId: request.body.organizationId ?? deps.defaultOrganizationId,
        trigger: 'api',
        selection: {
          checks: request.body.checks,
          frameworks: request.body.frameworks,
          services: request.body.services,
        },
        regions: request.body.regions,
        audit: auditHook(deps, request, 202),
      });
      const self = `/v1/scans/${started.scanId}`;
      return reply
        .code(202)
        .header('location', self)
        .send({
          id: started.scanId,
          status: 'pending' as const,
          organizationId: started.organizationId,
          links: { self, findings: `${self}/findings` },
        });
    },
  );

  app.get(
    '/v1/scans',
    {
      schema: {
        tags: ['scans'],
        summary: 'List scans, most recent first',
        querystring: ListScansQuery,
        response: { 200: pageOf(ScanSummarySchema, 'ScanPage'), ...problemResponses(400) },
      },
    },
    async (request) => {
      const page = await deps.store.scans.list(request.query);
      return { items: page.items.map(scanSummaryView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/v1/scans/:id',
    {
      schema: {
        tags: ['scans'],
        summary: 'A scan: status, per-account progress and reasons, totals, coverage',
        params: ScanIdParams,
        response: { 200: ScanDetailSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      const [accounts, summary] = await Promise.all([
        deps.store.scanAccounts.listForScan(scan.id),
        scan.totals && scan.coverage
          ? { totals: scan.totals, coverage: scan.coverage }
          : computeScanSummary(deps.store, scan),
      ]);
      return scanDetailView(scan, accounts, summary);
    },
  );

  app.get(
    '/v1/scans/:id/findings',
    {
      schema: {
        tags: ['scans', 'findings'],
        summary: "A scan's findings, filtered, in pages",
        params: ScanIdParams,
        querystring: ScanFindingsQuery,
        response: { 200: pageOf(FindingSchema, 'FindingPage'), ...problemResponses(400, 404, 410) },
      },
    },
    async (request) => {
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      requireStoredFindings(scan);
      const page = await deps.store.findings.listForScan(scan.id, request.query);
      return { items: page.items.map(findingView), nextCursor: page.nextCursor };
    },
  );
}
