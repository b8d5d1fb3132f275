import { Type } from '@sinclair/typebox';
import { ListOf, RegionOrGlobal } from './common.js';
import { FindingStatusSchema, SeveritySchema } from './finding.js';
import { literalUnion } from './literal-union.js';
import { ListPostureQuery } from './posture.js';
import { AccountId, CheckId, Region } from './scan.js';

export const EXPORT_FORMAT_VALUES = ['csv', 'ndjson', 'ocsf', 'asff'] as const;

const ExportOptions = {
  format: literalUnion(EXPORT_FORMAT_VALUES, {
    description:
      'csv; ndjson (orgscan findings); ocsf (OCSF 1.3 Detection Finding, class_uid 2004, one event per line); ' +
      'asff (AWS Security Finding Format 2018-10-08, one finding per line: send them to ' +
      'securityhub:BatchImportFindings in batches of at most 100)',
  }),
  securityHubAccountId: Type.Optional(
    Type.String({
      pattern: '^\\d{12}$',
      description:
        'asff: account of the Security Hub that imports (ProductArn); default: the management account',
      examples: ['111111111111'],
    }),
  ),
  securityHubRegion: Type.Optional(
    Type.String({
      pattern: Region.pattern,
      description: 'asff: region of that Security Hub (default us-east-1)',
      examples: ['eu-west-1'],
    }),
  ),
};

const { limit: _limit, cursor: _cursor, sort: _sort, ...postureFilters } = ListPostureQuery.properties;

export const PostureExportQuery = Type.Object(
  { ...postureFilters, ...ExportOptions },
  { additionalProperties: false },
);

export const ScanExportQuery = Type.Object(
  {
    ...ExportOptions,
    status: ListOf(FindingStatusSchema, 'Only this status'),
    severity: ListOf(SeveritySchema, 'Only this severity'),
    accountId: ListOf(AccountId, 'Only this account'),
    checkId: ListOf(CheckId, 'Only this check'),
    region: ListOf(RegionOrGlobal, "Only this region ('global')"),
  },
  { additionalProperties: false },
);

export const ExportResponse = Type.String({
  description: 'The findings, streamed (CSV with a header row, or one JSON document per line)',
});

export const ReportResponse = Type.String({
  description:
    'The HTML report: one self-contained HTML document (inline style, script and SVG; no network requests)',
});
