import { Readable } from 'node:stream';
import {
  type ExportFinding,
  InvalidRequestError,
  NotFoundError,
  type OrganizationRecord,
} from '@orgscan/core';
import {
  asffFormat,
  csvFormat,
  type ExportContext,
  type ExportFormat,
  htmlReport,
  ndjsonFormat,
  ocsfFormat,
} from '@orgscan/report';
import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { sendProblem } from '../../http/problem-handler.js';
import type { TypedApp } from '../../http/typed-app.js';
import { ExportResponse, PostureExportQuery, ReportResponse, ScanExportQuery } from '../../schemas/export.js';
import { problemResponses } from '../../schemas/problem.js';
import { ScanIdParams } from '../../schemas/scan.js';
import { checkIdsFor, organizationOf } from '../posture/organization-scope.js';
import { requireStoredFindings } from '../scans/stored-findings.js';
import { flatten, resultFinding, storedScanReport } from './scan-report.js';

const FORMATS: Record<'csv' | 'ndjson' | 'ocsf' | 'asff', ExportFormat> = {
  csv: csvFormat,
  ndjson: ndjsonFormat,
  ocsf: ocsfFormat,
  asff: asffFormat,
};

const PRODUCT_VERSION = '0.1.0';

/** Formats each batch into one chunk; the next batch is fetched only when the response wants more. */
async function* render(
  batches: AsyncGenerator<ExportFinding[]>,
  format: ExportFormat,
  context: ExportContext,
): AsyncGenerator<string> {
  if (format.header) yield format.header;
  for await (const batch of batches) {
    let chunk = '';
    for (const finding of batch) chunk += format.line(finding, context);
    yield chunk;
  }
}

function exportContext(
  organization: OrganizationRecord,
  query: {
    format: string;
    securityHubAccountId?: string | undefined;
    securityHubRegion?: string | undefined;
  },
): ExportContext {
  let securityHub: ExportContext['securityHub'] = null;
  if (query.format === 'asff') {
    const accountId = query.securityHubAccountId ?? organization.managementAccountId;
    if (!accountId) {
      throw new InvalidRequestError(
        'securityHubAccountId is required until a scan has identified the management account',
        'querystring.securityHubAccountId',
      );
    }
    securityHub = { accountId, region: query.securityHubRegion ?? 'us-east-1' };
  }
  return {
    organization: {
      id: organization.id,
      name: organization.name,
      awsOrganizationId: organization.awsOrganizationId,
    },
    securityHub,
    productVersion: PRODUCT_VERSION,
  };
}

/**
 * Streaming exports of the current posture and of one scan: rows come from a server-side cursor in
 * batches and go out through a stream with backpressure, so memory stays flat at any size. Each export
 * holds a database connection while it runs, so only API_EXPORT_CONCURRENCY run at once per process.
 */
export function exportRoutes(app: TypedApp, deps: AppDeps): void {
  let active = 0;

  const busy = (reply: FastifyReply) =>
    sendProblem(reply.header('retry-after', '10'), {
      type: 'exports-busy',
      title: 'Service Unavailable',
      status: 503,
      detail: `${active} exports are already running; retry shortly`,
    });

  const stream = (
    reply: FastifyReply,
    format: ExportFormat,
    filename: string,
    batches: () => AsyncGenerator<ExportFinding[]>,
    context: ExportContext,
  ) => {
    if (active >= deps.exportConcurrency) return busy(reply);
    active += 1;
    const body = Readable.from(render(batches(), format, context), { objectMode: true, highWaterMark: 1 });
    body.once('close', () => {
      active -= 1;
    });
    body.once('error', (error) => reply.log.error({ err: error }, 'export stopped'));
    return reply
      .header('content-type', format.contentType)
      .header('content-disposition', `attachment; filename="${filename}.${format.extension}"`)
      .header('cache-control', 'no-store')
      .send(body);
  };

  app.get(
    '/v1/findings/export',
    {
      schema: {
        tags: ['findings', 'exports'],
        summary:
          'Export the current posture (CSV, NDJSON, OCSF, ASFF), streamed; same filters as GET /v1/findings',
        querystring: PostureExportQuery,
        produces: ['text/csv', 'application/x-ndjson'],
        response: { 200: ExportResponse, ...problemResponses(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const { query } = request;
      const organization = await organizationOf(deps, query.organizationId);
      const checkIds = checkIdsFor(query);
      const format = FORMATS[query.format];
      return stream(
        reply,
        format,
        `orgscan-${organization.id}-posture`,
        () =>
          deps.store.exports.currentPosture({
            organizationId: organization.id,
            status: query.status,
            severity: query.severity,
            // No check can match: an id that is never stored keeps the query simple.
            checkIds: checkIds?.length === 0 ? ['(none)'] : checkIds,
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
          }),
        exportContext(organization, query),
      );
    },
  );

  app.get(
    '/v1/scans/:id/export',
    {
      schema: {
        tags: ['scans', 'exports'],
        summary: "Export a scan's findings (CSV, NDJSON, OCSF, ASFF), streamed",
        params: ScanIdParams,
        querystring: ScanExportQuery,
        produces: ['text/csv', 'application/x-ndjson'],
        response: { 200: ExportResponse, ...problemResponses(400, 404, 410, 503) },
      },
    },
    async (request, reply) => {
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      requireStoredFindings(scan);
      const organization = await organizationOf(deps, scan.organizationId);
      const { query } = request;
      return stream(
        reply,
        FORMATS[query.format],
        `orgscan-${organization.id}-scan-${scan.id}`,
        () => deps.store.exports.scan(scan.id, query),
        exportContext(organization, query),
      );
    },
  );

  const sendHtml = (reply: FastifyReply, body: Readable, filename: string) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(body);

  app.get(
    '/v1/scans/:id/report',
    {
      schema: {
        tags: ['scans', 'exports'],
        summary:
          "A scan's HTML report: one self-contained file (the same report as `orgscan scan --format html`)",
        description:
          'Organization summary, failures by severity and by OU, the accounts with their outcome, the accounts × ' +
          'sections heatmap, compliance per framework, and every finding with its remediation in a filterable page. ' +
          'Works offline and makes no network request (strict Content-Security-Policy). Counts as an export for ' +
          'API_EXPORT_CONCURRENCY.',
        params: ScanIdParams,
        produces: ['text/html'],
        response: { 200: ReportResponse, ...problemResponses(400, 404, 410, 503) },
      },
    },
    async (request, reply) => {
      const scan = await deps.store.scans.get(request.params.id);
      if (!scan) throw new NotFoundError('scan', request.params.id);
      requireStoredFindings(scan);
      const organization = await organizationOf(deps, scan.organizationId);
      if (active >= deps.exportConcurrency) return busy(reply);
      active += 1;
      let released = false;
      const release = () => {
        if (!released) active -= 1;
        released = true;
      };
      try {
        const accounts = await deps.store.scanAccounts.listForScan(scan.id);
        const findings = () => mapFindings(flatten(deps.store.exports.scan(scan.id, {})));
        const { head, tally } = await storedScanReport(
          scan,
          organization,
          accounts,
          findings,
          PRODUCT_VERSION,
        );
        const body = Readable.from(htmlReport({ head, tally, findings, generatedAt: deps.now() }), {
          objectMode: true,
          highWaterMark: 1,
        });
        body.once('close', release);
        body.once('error', (error) => reply.log.error({ err: error }, 'report stopped'));
        return sendHtml(reply, body, `orgscan-${organization.id}-scan-${scan.id}.html`);
      } catch (error) {
        release();
        throw error;
      }
    },
  );
}

async function* mapFindings(findings: AsyncIterable<ExportFinding>) {
  for await (const finding of findings) yield resultFinding(finding);
}
