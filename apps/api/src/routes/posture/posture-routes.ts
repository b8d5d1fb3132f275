import { InvalidRequestError, NotFoundError } from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';
import { sendProblem } from '../../http/problem-handler.js';
import type { TypedApp } from '../../http/typed-app.js';
import { DiffQuery, ScanDiffSchema } from '../../schemas/diff.js';
import { problemResponses } from '../../schemas/problem.js';
import { ScanIdParams } from '../../schemas/scan.js';
import { PostureSummarySchema, SummaryQuery } from '../../schemas/summary.js';
import { requireStoredFindings } from '../scans/stored-findings.js';
import { organizationOf } from './organization-scope.js';
import { currentSummary, scanSummary } from './posture-summaries.js';

/** Aggregates of the current posture and of one scan, and what a scan changed. */
export function postureRoutes(app: TypedApp, deps: AppDeps): void {
  app.get(
    '/v1/summary',
    {
      schema: {
        tags: ['posture'],
        summary:
          'Current posture in numbers: by status, severity, check, account, OU, region; pass rates; coverage',
        description:
          'Muted failures are counted apart (muted), never as FAIL. OU counts include every account beneath the ' +
          'OU (nested OUs included). Coverage names ACTIVE accounts without any result, so gaps are visible.',
        querystring: SummaryQuery,
        response: { 200: PostureSummarySchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => currentSummary(deps, await organizationOf(deps, request.query.organizationId)),
  );

  app.get(
    '/v1/scans/:id/summary',
    {
      schema: {
        tags: ['scans', 'posture'],
        summary: "One scan's findings in numbers, with the scan's coverage",
        params: ScanIdParams,
        response: { 200: PostureSummarySchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      return scanSummary(deps, scan);
    },
  );

  app.get(
    '/v1/scans/:id/diff',
    {
      schema: {
        tags: ['scans', 'posture'],
        summary: 'What changed in a scan: new, resolved, regressed and reopened findings',
        description:
          'Without against: the lifecycle recorded when the scan was finalized, relative to the posture before it ' +
          '(built by the previous scans of the organization); against names the previous final scan. With ' +
          'against: a pairwise comparison with that earlier scan of the same organization. A resource that ' +
          'disappeared counts as resolved only when the later scan evaluated its account, region and check ' +
          'without an ERROR. Unchanged findings are counted, not listed.',
        params: ScanIdParams,
        querystring: DiffQuery,
        response: { 200: ScanDiffSchema, ...problemResponses(400, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      const { against, ...page } = request.query;
      if (against) {
        const earlier = await deps.store.scans.get(against);
        if (!earlier) throw new NotFoundError('scan', against);
        if (earlier.organizationId !== scan.organizationId || earlier.id === scan.id) {
          throw new InvalidRequestError(
            'against must be another scan of the same organization',
            'querystring.against',
          );
        }
        // A pairwise comparison reads both scans' findings; the recorded lifecycle (no against) is kept.
        requireStoredFindings(scan);
        requireStoredFindings(earlier);
        const [counts, entries] = await Promise.all([
          deps.store.scanDiff.pairwiseCounts(scan.id, earlier.id),
          deps.store.scanDiff.pairwise(scan.id, earlier.id, page),
        ]);
        return { scanId: scan.id, against: earlier.id, mode: 'pairwise' as const, counts, ...entries };
      }
      const recorded = await deps.store.scanDiff.recordedCounts(scan.id);
      if (!recorded) {
        return sendProblem(reply, {
          type: 'not-finalized',
          title: 'Conflict',
          status: 409,
          detail:
            'The scan has no recorded lifecycle (it is not final yet, or a newer scan was applied first); ' +
            'pass against=<scanId> for a pairwise comparison',
        });
      }
      const [previous, entries] = await Promise.all([
        deps.store.scanDiff.previousAppliedScan(scan.id),
        deps.store.scanDiff.recorded(scan.id, page),
      ]);
      return { scanId: scan.id, against: previous, mode: 'recorded' as const, counts: recorded, ...entries };
    },
  );
}
