import { describe, expect, it } from 'vitest';
import { toAsff } from './asff-format.js';
import { csvField, csvFormat } from './csv-format.js';
import type { ExportContext, ExportFinding } from './export-format.js';
import { toOcsf } from './ocsf-format.js';

const CONTEXT: ExportContext = {
  organization: { id: 'default', name: 'Acme', awsOrganizationId: 'o-abc1234567' },
  securityHub: { accountId: '111111111111', region: 'eu-west-1' },
  productVersion: '0.1.0',
};

function finding(overrides: Partial<ExportFinding> = {}): ExportFinding {
  return {
    fingerprint: '0123456789abcdef0123456789abcdef',
    organizationId: 'default',
    accountId: '444444444444',
    accountName: 'prod-web',
    region: 'global',
    checkId: 'iam-root-mfa-enabled',
    resourceId: 'arn:aws:account::444444444444:account',
    resourceType: 'AwsAccount',
    status: 'FAIL',
    severity: 'critical',
    message: 'The root user has no MFA device.',
    errorCode: null,
    evidence: { mfa: false },
    muted: false,
    muteId: null,
    open: true,
    present: true,
    firstSeen: new Date('2026-01-01T00:00:00Z'),
    lastSeen: new Date('2026-01-03T00:00:00Z'),
    statusChangedAt: new Date('2026-01-01T00:00:00Z'),
    scanId: '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21',
    observedAt: new Date('2026-01-03T00:00:00Z'),
    ...overrides,
  };
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('writes one row per finding under a header with the same columns', () => {
    const header = csvFormat.header!.trimEnd().split(',');
    const row = csvFormat.line(finding(), CONTEXT).trimEnd().split(',');
    expect(row).toHaveLength(header.length);
    expect(row[header.indexOf('status')]).toBe('FAIL');
    expect(row[header.indexOf('record_state')]).toBe('active');
  });
});

describe('OCSF Detection Finding', () => {
  it('maps a failing finding to class 2004 with severity, status, cloud, resource and remediation', () => {
    const event = toOcsf(finding(), CONTEXT);
    expect(event).toMatchObject({
      class_uid: 2004,
      category_uid: 2,
      activity_id: 2,
      type_uid: 200402,
      severity_id: 5,
      severity: 'Critical',
      status_id: 1,
      status: 'New',
      is_alert: true,
      time: Date.parse('2026-01-03T00:00:00Z'),
      metadata: { version: '1.3.0', product: { name: 'orgscan', vendor_name: 'orgscan' } },
      finding_info: {
        uid: '0123456789abcdef0123456789abcdef',
        first_seen_time: Date.parse('2026-01-01T00:00:00Z'),
        analytic: { uid: 'iam-root-mfa-enabled', type_id: 1, type: 'Rule' },
      },
      cloud: { provider: 'AWS', account: { uid: '444444444444', type_id: 10 }, org: { uid: 'o-abc1234567' } },
      resources: [
        { uid: 'arn:aws:account::444444444444:account', type: 'AwsAccount', cloud_partition: 'aws' },
      ],
      unmapped: { orgscan_status: 'FAIL', compliance: { 'cis-aws-7.0.0': ['2.5'] } },
    });
    expect(event.remediation?.references[0]).toMatch(/^https:/);
    expect(event.cloud.region).toBeUndefined();
  });

  it('marks first sightings as Create, muted as Suppressed, gone and passing as Close/Resolved', () => {
    expect(toOcsf(finding({ firstSeen: new Date('2026-01-03T00:00:00Z') }), CONTEXT).activity_id).toBe(1);
    expect(toOcsf(finding({ muted: true }), CONTEXT)).toMatchObject({ status_id: 3, is_alert: false });
    expect(toOcsf(finding({ present: false, open: false }), CONTEXT)).toMatchObject({
      activity_id: 3,
      type_uid: 200403,
      status_id: 4,
    });
    expect(toOcsf(finding({ status: 'PASS', open: false }), CONTEXT)).toMatchObject({
      activity_id: 3,
      status_id: 4,
    });
    expect(toOcsf(finding({ status: 'ERROR', errorCode: 'AccessDenied' }), CONTEXT)).toMatchObject({
      status_id: 99,
      status: 'ERROR',
      unmapped: { error_code: 'AccessDenied' },
    });
  });
});

describe('ASFF', () => {
  it('produces a BatchImportFindings-ready finding for the importing account', () => {
    const asff = toAsff(finding(), CONTEXT);
    expect(asff).toMatchObject({
      SchemaVersion: '2018-10-08',
      Id: 'orgscan/default/0123456789abcdef0123456789abcdef',
      ProductArn: 'arn:aws:securityhub:eu-west-1:111111111111:product/111111111111/default',
      GeneratorId: 'orgscan/iam-root-mfa-enabled',
      AwsAccountId: '444444444444',
      Region: 'eu-west-1',
      Types: [
        'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
      ],
      FirstObservedAt: '2026-01-01T00:00:00.000Z',
      UpdatedAt: '2026-01-03T00:00:00.000Z',
      Severity: { Label: 'CRITICAL' },
      Compliance: {
        Status: 'FAILED',
        RelatedRequirements: expect.arrayContaining([expect.stringMatching(/\/2\.5$/)]),
      },
      Workflow: { Status: 'NEW' },
      RecordState: 'ACTIVE',
      Resources: [
        { Type: 'AwsAccount', Id: 'AWS::::Account:444444444444', Partition: 'aws', Region: 'eu-west-1' },
      ],
      ProductFields: { 'orgscan/ResourceId': 'arn:aws:account::444444444444:account' },
    });
    expect(asff.Title.length).toBeLessThanOrEqual(256);
    expect(asff.Description.length).toBeLessThanOrEqual(1024);
    expect(asff.Remediation?.Recommendation.Text.length).toBeLessThanOrEqual(512);
    for (const value of Object.values(asff.ProductFields)) expect(typeof value).toBe('string');
  });

  it('maps statuses, mutes, gone resources, other partitions and unknown resource types', () => {
    expect(toAsff(finding({ status: 'PASS', open: false }), CONTEXT)).toMatchObject({
      Compliance: { Status: 'PASSED' },
      Workflow: { Status: 'RESOLVED' },
    });
    expect(toAsff(finding({ status: 'ERROR' }), CONTEXT).Compliance.Status).toBe('NOT_AVAILABLE');
    expect(toAsff(finding({ status: 'MANUAL' }), CONTEXT).Compliance.Status).toBe('WARNING');
    expect(toAsff(finding({ muted: true, muteId: 'm-1' }), CONTEXT)).toMatchObject({
      Workflow: { Status: 'SUPPRESSED' },
      ProductFields: { 'orgscan/MuteId': 'm-1' },
    });
    expect(toAsff(finding({ present: false }), CONTEXT).RecordState).toBe('ARCHIVED');
    const govCloud = toAsff(
      finding({
        resourceId: 'arn:aws-us-gov:s3:::bucket',
        resourceType: 'S3 bucket',
        region: 'us-gov-west-1',
      }),
      CONTEXT,
    );
    expect(govCloud.ProductArn).toMatch(/^arn:aws-us-gov:securityhub:/);
    expect(govCloud.Resources[0]).toMatchObject({
      Type: 'Other',
      Partition: 'aws-us-gov',
      Region: 'us-gov-west-1',
    });
    expect(toAsff(finding({ message: 'x'.repeat(5000) }), CONTEXT).Description).toHaveLength(1024);
  });

  it('writes account resources as Security Hub does (AWS::::Account:<id>), a regional one in its region', () => {
    const regional = toAsff(
      finding({
        checkId: 'ec2-ebs-encryption-by-default-enabled',
        region: 'us-east-1',
        resourceId: 'arn:aws:account::444444444444:account/us-east-1',
        resourceType: 'AwsAccountRegion',
      }),
      CONTEXT,
    );
    expect(regional.Region).toBe('us-east-1');
    expect(regional.Resources).toEqual([
      { Type: 'AwsAccount', Id: 'AWS::::Account:444444444444', Partition: 'aws', Region: 'us-east-1' },
    ]);
    expect(regional.ProductFields['orgscan/ResourceId']).toBe(
      'arn:aws:account::444444444444:account/us-east-1',
    );
    const govCloud = toAsff(
      finding({
        region: 'us-gov-west-1',
        resourceId: 'arn:aws-us-gov:account::444444444444:account/us-gov-west-1',
        resourceType: 'AwsAccountRegion',
      }),
      CONTEXT,
    );
    expect(govCloud.ProductArn).toMatch(/^arn:aws-us-gov:securityhub:/);
    expect(govCloud.Resources).toEqual([
      {
        Type: 'AwsAccount',
        Id: 'AWS::::Account:444444444444',
        Partition: 'aws-us-gov',
        Region: 'us-gov-west-1',
      },
    ]);
  });
});
