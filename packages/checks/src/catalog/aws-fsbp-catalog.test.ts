import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The FSBP catalog is reference data kept in the repository (packages/checks/catalog); these tests hold it to
// the shape that check writers and the framework generators rely on.
const catalogPath = join(dirname(fileURLToPath(import.meta.url)), '../../catalog/aws-fsbp.json');
const catalogText = readFileSync(catalogPath, 'utf8');

interface Control {
  id: string;
  title: string;
  severity: string | null;
  service: string;
  resourceTypes?: string[];
  category?: string | null;
  configRule?: string | null;
  scheduleType?: string;
  parameters?: Record<string, unknown>;
  fixedParameters?: Record<string, unknown>;
  inFsbp: boolean;
  retired: boolean;
  relatedRequirements: Record<string, string[]>;
  logic?: string;
  apis?: string[];
  cisAwsFoundationsV7: string[];
  source: string;
  detailsAvailable: boolean;
}

interface Catalog {
  id: string;
  version: string;
  counts: {
    controls: number;
    detailed: number;
    titleOnly: number;
    services: number;
    byService: Record<string, number>;
    bySeverity: Record<string, number>;
    withNist80053r5: number;
    withPciDss401: number;
    withPciDss321: number;
    nist80053r5Ids: number;
    pciDss4Ids: number;
    formerFsbpControls: number;
    newerControlsNotInStandardList: number;
  };
  controls: Control[];
  formerFsbpControls: { id: string; title: string; inFsbp: boolean; reason: string }[];
  newerControlsNotInStandardList: { id: string; title: string }[];
  nist80053r5Titles: Record<string, string>;
  pciDss4Titles: Record<string, string>;
}

const catalog = JSON.parse(catalogText) as Catalog;
const detailed = catalog.controls.filter((c) => c.detailsAvailable);

const controlId = /^[A-Za-z0-9]+\.\d+$/;
const nistId = /^[A-Z]{2}-\d+(\(\d+\))?$/;
const pciId = /^\d+(\.\d+)+$/;
const severities = ['critical', 'high', 'medium', 'low'];
const scheduleTypes = ['change-triggered', 'periodic', 'change-triggered-and-periodic'];
const requirementKey =
  /^(nist-800-53-r5|nist-800-171-r2|pci-dss-3\.2\.1|pci-dss-4\.0\.1|cis-aws-\d+\.\d+\.\d+)$/;
// SDK client name and operation, the form the CIS catalog and the collectors use (e.g. rds:DescribeDBSnapshots).
const apiOperation = /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/;

function sortKey(id: string): [string, number] {
  const [service, number] = id.split('.');
  return [service!.toLowerCase(), Number(number)];
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe('AWS FSBP catalog', () => {
  it('is stored as stable 2-space JSON', () => {
    expect(catalogText).toBe(`${JSON.stringify(catalog, null, 2)}\n`);
    expect(catalog.id).toBe('aws-fsbp');
    expect(catalog.version).toBe('1.0.0');
  });

  it('has unique, well-formed control ids sorted by service then number', () => {
    const ids = catalog.controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(controlId);
    const sorted = [...ids].sort((a, b) => {
      const [sa, na] = sortKey(a);
      const [sb, nb] = sortKey(b);
      return sa === sb ? na - nb : sa < sb ? -1 : 1;
    });
    expect(ids).toEqual(sorted);
  });

  it('holds only FSBP controls; former members are listed apart', () => {
    for (const control of catalog.controls) {
      expect(control.inFsbp).toBe(true);
      expect(typeof control.retired).toBe('boolean');
      expect(control.title.length).toBeGreaterThan(0);
      expect(control.service.length).toBeGreaterThan(0);
    }
    const ids = new Set(catalog.controls.map((c) => c.id));
    for (const former of catalog.formerFsbpControls) {
      expect(former.inFsbp).toBe(false);
      expect(ids.has(former.id)).toBe(false);
      expect(former.reason.length).toBeGreaterThan(0);
    }
    for (const newer of catalog.newerControlsNotInStandardList) expect(ids.has(newer.id)).toBe(false);
  });

  it('gives every detailed control its AWS facts, our logic and the read-only APIs', () => {
    for (const control of detailed) {
      expect(severities, control.id).toContain(control.severity);
      expect(scheduleTypes, control.id).toContain(control.scheduleType);
      expect(control.resourceTypes!.length, control.id).toBeGreaterThan(0);
      for (const type of control.resourceTypes!)
        expect(type, control.id).toMatch(/^AWS::[A-Za-z0-9]*::[A-Za-z0-9]+$/);
      // AWS prints a category for every control but Kinesis.3; null records that gap instead of inventing one.
      if (control.category !== null) expect(control.category!.length, control.id).toBeGreaterThan(3);
      expect(control.logic!.length, control.id).toBeGreaterThan(20);
      expect(control.apis!.length, control.id).toBeGreaterThan(0);
      for (const api of control.apis!) expect(api, control.id).toMatch(apiOperation);
      expect(control.source, control.id).toMatch(/^(https:\/\/docs\.aws\.amazon\.com\/|awsdocs\/)/);
      expect(control.parameters, control.id).toBeTypeOf('object');
      expect(control.fixedParameters, control.id).toBeTypeOf('object');
    }
  });

  it('marks controls known only by title instead of guessing their facts', () => {
    for (const control of catalog.controls.filter((c) => !c.detailsAvailable)) {
      expect(control.severity, control.id).toBeNull();
      expect(control.relatedRequirements, control.id).toEqual({});
      expect(control.logic, control.id).toBeUndefined();
    }
  });

  it('keeps related requirements well-formed and titled', () => {
    const nistReferenced = new Set<string>();
    const pciReferenced = new Set<string>();
    for (const control of catalog.controls) {
      for (const [key, ids] of Object.entries(control.relatedRequirements)) {
        expect(key, control.id).toMatch(requirementKey);
        expect(ids.length, control.id).toBeGreaterThan(0);
        expect(new Set(ids).size, control.id).toBe(ids.length);
      }
      for (const id of control.relatedRequirements['nist-800-53-r5'] ?? []) {
        expect(id, control.id).toMatch(nistId);
        nistReferenced.add(id);
      }
      for (const id of control.relatedRequirements['pci-dss-4.0.1'] ?? []) {
        expect(id, control.id).toMatch(pciId);
        pciReferenced.add(id);
      }
    }
    expect(Object.keys(catalog.nist80053r5Titles).sort()).toEqual([...nistReferenced].sort());
    expect(Object.keys(catalog.pciDss4Titles).sort()).toEqual([...pciReferenced].sort());
    for (const [id, title] of Object.entries(catalog.nist80053r5Titles)) {
      // An enhancement is titled "Control | Enhancement", as NIST writes it.
      expect(title.includes(' | '), id).toBe(id.includes('('));
    }
    for (const title of Object.values(catalog.pciDss4Titles)) expect(title.length).toBeGreaterThan(10);
  });

  it('states counts that match its contents', () => {
    const counts = catalog.counts;
    expect(counts.controls).toBe(catalog.controls.length);
    expect(counts.detailed).toBe(detailed.length);
    expect(counts.titleOnly).toBe(catalog.controls.length - detailed.length);
    expect(counts.byService).toEqual(tally(catalog.controls.map((c) => c.service)));
    expect(counts.services).toBe(Object.keys(counts.byService).length);
    const severityTally = tally(catalog.controls.map((c) => c.severity ?? 'unknown'));
    for (const severity of [...severities, 'unknown']) {
      expect(counts.bySeverity[severity] ?? 0, severity).toBe(severityTally[severity] ?? 0);
    }
    const withKey = (key: string) => catalog.controls.filter((c) => c.relatedRequirements[key]).length;
    expect(counts.withNist80053r5).toBe(withKey('nist-800-53-r5'));
    expect(counts.withPciDss401).toBe(withKey('pci-dss-4.0.1'));
    expect(counts.withPciDss321).toBe(withKey('pci-dss-3.2.1'));
    expect(counts.nist80053r5Ids).toBe(Object.keys(catalog.nist80053r5Titles).length);
    expect(counts.pciDss4Ids).toBe(Object.keys(catalog.pciDss4Titles).length);
    expect(counts.formerFsbpControls).toBe(catalog.formerFsbpControls.length);
    expect(counts.newerControlsNotInStandardList).toBe(catalog.newerControlsNotInStandardList.length);
  });

  it('details every FSBP control of the services issue 14 names, except the gaps the README lists', () => {
    const issueServices = (
      'ACM APIGateway AutoScaling CloudFront CloudTrail CodeBuild Config DynamoDB EC2 ECR ECS EFS EKS ELB ' +
      'ElastiCache GuardDuty IAM KMS Lambda Opensearch ES RDS Redshift S3 SageMaker SecretsManager SNS SQS SSM WAF'
    ).split(' ');
    const knownGaps = ['EKS.3', 'EKS.8', 'SQS.3'];
    const missing = catalog.controls
      .filter((c) => issueServices.includes(c.id.split('.')[0]!) && !c.detailsAvailable)
      .map((c) => c.id);
    expect(missing).toEqual(knownGaps);
  });
});
