import type { paths } from './schema';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of a GET route's 200 answer. */
export type GetResult<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } }
  ? Json<R>
  : never;

export type Overview = GetResult<'/v1/posture/overview'>;
export type Trend = GetResult<'/v1/posture/trend'>;
export type Heatmap = GetResult<'/v1/posture/heatmap'>;
export type HeatmapRow = Heatmap['rows'][number];
export type HeatmapCell = HeatmapRow['cells'][number];
export type PostureFinding = GetResult<'/v1/findings'>['items'][number];
export type FindingDetail = GetResult<'/v1/findings/{fingerprint}'>;
export type Session = GetResult<'/v1/sessions/current'>;
export type Role = NonNullable<Session['principal']>['role'];
export type ScanDetail = GetResult<'/v1/scans/{id}'>;
export type ScanSummary = GetResult<'/v1/scans'>['items'][number];
export type AccountPosture = GetResult<'/v1/accounts'>['items'][number];
export type ComplianceReport = GetResult<'/v1/compliance/{framework}'>;

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const FINDING_STATUSES = ['FAIL', 'ERROR', 'PASS', 'MANUAL', 'SKIPPED'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
