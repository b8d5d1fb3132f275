import { Type } from '@sinclair/typebox';
import type { AppDeps } from '../../app-deps.js';
import { auditHook } from '../../http/audit-trail.js';
import type { TypedApp } from '../../http/typed-app.js';
import { problemResponses } from '../../schemas/problem.js';
import { ScanIdParams } from '../../schemas/scan.js';

const CancelledScanSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    accountsCancelled: Type.Integer({ description: 'Accounts removed from the queue before they ran' }),
    accountsRunning: Type.Integer({ description: 'Accounts being scanned now; they finish and are kept' }),
  },
  { title: 'CancelledScan' },
);

const RetriedScanSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    round: Type.Integer({ description: 'Retry round of the scan (1 for the first retry)' }),
    accountsQueued: Type.Integer({ description: 'Failed accounts queued again' }),
  },
  { title: 'RetriedScan' },
);

/** Operating a running or finished scan: cancel what remains, retry what failed. */
export function scanControlRoutes(app: TypedApp, deps: AppDeps): void {
  app.post(
    '/v1/scans/:id/cancel',
    {
      config: { access: 'operator', auditAction: 'scan.cancel' },
      schema: {
        tags: ['scans'],
        summary: 'Cancel a scan: remaining account jobs are removed, running ones finish',
        description:
          'The scan ends `cancelled` once the running accounts finish; their results are kept. 409 when the scan is ' +
          'already final.',
        params: ScanIdParams,
        response: { 202: CancelledScanSchema, ...problemResponses(400, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const cancelled = await deps.cancelScan(request.params.id, auditHook(deps, request, 202));
      return reply.code(202).send({
        id: cancelled.scanId,
        accountsCancelled: cancelled.accountsCancelled,
        accountsRunning: cancelled.accountsRunning,
      });
    },
  );

  app.post(
    '/v1/scans/:id/retry',
    {
      config: { access: 'operator', auditAction: 'scan.retry' },
      schema: {
        tags: ['scans'],
        summary: 'Re-run only the accounts of a finished scan that failed',
        description:
          'The failed accounts run again as a new round of the same scan, which is then finalized again. 409 when ' +
          'the scan is still running or has no failed account.',
        params: ScanIdParams,
        response: { 202: RetriedScanSchema, ...problemResponses(400, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const retried = await deps.retryScan(request.params.id, auditHook(deps, request, 202));
      return reply
        .code(202)
        .send({ id: retried.scanId, round: retried.round, accountsQueued: retried.accountsQueued });
    },
  );
}
