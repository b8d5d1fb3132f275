import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accountChecklist } from './account-checklist.js';
import { cisAws700 } from './cis-aws-7.0.0.js';

// The CIS catalog the framework data is generated from, kept in the repository.
const catalogPath = join(dirname(fileURLToPath(import.meta.url)), '../../catalog/cis-aws-foundations.json');

interface CatalogControl {
  id: string;
  cisTitle: string;
  level: string;
  automated: boolean;
  ids: Record<string, string | null>;
}

describe('framework data', () => {
  it('has all 70 CIS v7.0.0 requirements and the 19 checklist items', () => {
    expect(cisAws700.requirements).toHaveLength(70);
    expect(new Set(cisAws700.requirements.map((r) => r.id)).size).toBe(70);
    expect(accountChecklist.requirements.map((r) => r.id)).toEqual(
      Array.from({ length: 19 }, (_, index) => String(index + 1)),
    );
  });

  it('matches the CIS catalog (regenerate with scripts/generate-frameworks.mjs)', () => {
    const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as {
      controls: CatalogControl[];
      checklist: { item: number; text: string }[];
    };
    expect(cisAws700.requirements.map((r) => r.id)).toEqual(catalog.controls.map((c) => c.id));
    for (const control of catalog.controls) {
      const requirement = cisAws700.requirements.find((r) => r.id === control.id);
      expect(requirement?.title).toBe(control.cisTitle);
      expect(requirement?.level).toBe(control.level);
      expect(requirement?.automated).toBe(control.automated);
      for (const version of ['1.4.0', '3.0.0', '5.0.0'] as const) {
        expect(requirement?.legacyIds[version] ?? null, `${control.id} in ${version}`).toBe(
          control.ids[version] ?? null,
        );
      }
    }
    expect(accountChecklist.requirements.map((r) => r.title)).toEqual(
      catalog.checklist.map((item) => item.text),
    );
  });
});
