import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checks } from '../registry.js';
import { awsFsbp } from './aws-fsbp.js';
import { checksByRequirement } from './framework-checks.js';
import { nist80053r5 } from './nist-800-53-r5.js';
import { pciDss40 } from './pci-dss-4.0.js';

// The FSBP catalog the framework data is generated from (scripts/generate-frameworks.mjs).
const catalogPath = join(dirname(fileURLToPath(import.meta.url)), '../../catalog/aws-fsbp.json');

interface CatalogControl {
  id: string;
  title: string;
  severity: string | null;
  service: string;
  inFsbp: boolean;
  retired: boolean;
  relatedRequirements: Record<string, string[]>;
}

const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as {
  controls: CatalogControl[];
  nist80053r5Titles: Record<string, string>;
  pciDss4Titles: Record<string, string>;
};
const standardControls = catalog.controls.filter((control) => control.inFsbp && !control.retired);

describe('AWS FSBP framework data', () => {
  it('has every control of the standard with the id, title and severity AWS publishes', () => {
    expect(awsFsbp.requirements.map((r) => r.id)).toEqual(standardControls.map((c) => c.id));
    for (const control of standardControls) {
      const requirement = awsFsbp.requirements.find((r) => r.id === control.id);
      expect(requirement?.title).toBe(control.title);
      expect(requirement?.section).toBe(control.service);
      expect(requirement?.severity ?? null).toBe(control.severity ?? null);
      expect(requirement?.related?.['nist-800-53-r5'] ?? []).toEqual(
        control.relatedRequirements['nist-800-53-r5'] ?? [],
      );
      expect(requirement?.related?.['pci-dss-4.0'] ?? []).toEqual(
        control.relatedRequirements['pci-dss-4.0.1'] ?? [],
      );
    }
  });

  it('maps checks only to controls that exist', () => {
    const known = new Set(awsFsbp.requirements.map((r) => r.id));
    for (const check of checks) {
      for (const id of check.compliance['aws-fsbp'] ?? []) {
        expect(known.has(id), `${check.id} maps to unknown FSBP control ${id}`).toBe(true);
      }
    }
  });

  it('gives each control either the checks that decide it or guidance for a reviewer', () => {
    const mapping = checksByRequirement(awsFsbp, checks);
    for (const requirement of awsFsbp.requirements) {
      const decidedBy = mapping.get(requirement.id) ?? [];
      if (decidedBy.length === 0) expect(requirement.guidance.length, requirement.id).toBeGreaterThan(20);
    }
    expect(mapping.get('S3.1')).toEqual(['s3-account-public-access-blocked']);
  });
});

describe('frameworks derived from FSBP', () => {
  it('list every NIST SP 800-53 Rev. 5 control and PCI DSS requirement AWS relates to FSBP', () => {
    expect(nist80053r5.requirements.map((r) => r.id).sort()).toEqual(
      Object.keys(catalog.nist80053r5Titles).sort(),
    );
    expect(pciDss40.requirements.map((r) => r.id).sort()).toEqual(Object.keys(catalog.pciDss4Titles).sort());
    expect(nist80053r5.requirements.find((r) => r.id === 'AC-2(1)')?.section).toBe('AC Access Control');
  });

  it('map each requirement to exactly the checks of its related FSBP controls', () => {
    const fsbpMapping = checksByRequirement(awsFsbp, checks);
    for (const [framework, catalogKey] of [
      [nist80053r5, 'nist-800-53-r5'],
      [pciDss40, 'pci-dss-4.0.1'],
    ] as const) {
      const mapping = checksByRequirement(framework, checks);
      for (const requirement of framework.requirements) {
        const expected = new Set(
          standardControls
            .filter((control) => control.relatedRequirements[catalogKey]?.includes(requirement.id))
            .flatMap((control) => fsbpMapping.get(control.id) ?? []),
        );
        expect(new Set(mapping.get(requirement.id)), `${framework.id} ${requirement.id}`).toEqual(expected);
      }
    }
  });

  it('are never declared by a check, only derived', () => {
    // S3.1 relates to NIST AC-21 among others: the account-level check inherits them.
    const check = checks.find((c) => c.id === 's3-account-public-access-blocked');
    const s3Control = standardControls.find((control) => control.id === 'S3.1');
    expect(check?.compliance['nist-800-53-r5']).toEqual(
      [...(s3Control?.relatedRequirements['nist-800-53-r5'] ?? [])].sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true }),
      ),
    );
    const iamRootMfa = checks.find((c) => c.id === 'iam-root-mfa-enabled');
    expect(iamRootMfa?.compliance['nist-800-53-r5']).toBeUndefined();
  });
});
