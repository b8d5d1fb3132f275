import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrationChecksum } from './migrate.js';
import { EARLIER_MIGRATIONS } from './migration-history.js';

/**
 * Every migration that has landed, with the sha256 of its content. A database records these when it
 * applies them and refuses to start if a file changes afterwards, so a landed migration is never edited:
 * a schema change is a new migration, added to this list when it lands.
 */
const LANDED_MIGRATIONS: Readonly<Record<string, string>> = {
  '0001_initial.sql': 'c843587a80a1817adf794b914f27efb4e772b044bc61e3b32cfb665b8eaf7d2c',
  '0002_scan_org_context.sql': '34167f3b58ec34a876550c3cd1ba210190b79fb41662f1cff7a8ea7494c09dea',
  '0003_security_api.sql': 'f152c82393720608beada0614dec39d33304745962c7cbddce71ea00d4e1943a',
  '0004_schedules_webhooks.sql': 'ecfc338ce7cb5f37efdf43a39995604295bdf782b17c6e70c2dcccfa58244610',
  '0005_scan_account_call_stats.sql': 'cd108d6f1186cf793b44f5757b302af67f699e4b9fc71279614f72367ce1e637',
  '0006_check_sort_index.sql': '3a60d44a79041d19253a657cf8ee333a5303e80fd2f45ab60b534c6d5dbead5a',
  '0007_web_dashboard.sql': 'a686ea2c572be1afc7f11ef35115f69736a67bb1ea9679f331d44fe670bfe94f',
  '0008_reconcile_edited_migrations.sql': '9332393ff3468ca7335b50b742fa159cd1c5915db9642ebc9b3df8591730d5a7',
  '0009_sealed_settings.sql': 'ac67163c3d108287ad800b7855718dbd08478f498c75f07755bfc3dcd158a0f5',
  '0010_scan_planning.sql': '04a82c5fe9bc640920de1885f7c49f52068f5429587d6424b260b381113cf0b8',
  '0011_account_resource_ids.sql': '4bacee83f20cc71642f3c962a6f4f87840430f871c9efae38a47122b06ac2b95',
  '0012_regions_denied_by_policy.sql': '37f873279ab6899b9f5d146291bf3b829a3f1785b6c2e3cb9557fd69e32778fc',
  '0013_coverage.sql': 'd566bb3b3b0efe57ada6a9576b922f8e772e9f25e4f5ab611edf06b96c760d40',
  '0014_findings_partitioned_by_scan.sql': 'ae8223fbf98ff806f615348f0ddbbc49618cc4838e596d267f63911bc3717997',
  '0015_findings_read_indexes.sql': '34da2c94a102e35367452d98edb5eee9681f36ff73247cac301b6656a476820a',
};

const files = readdirSync(MIGRATIONS_DIR).filter((file) => file.endsWith('.sql'));

describe('landed migrations', () => {
  it.each(files)('%s is pinned and unchanged', (file) => {
    const pinned = LANDED_MIGRATIONS[file];
    expect(pinned, `${file} is new: add it to LANDED_MIGRATIONS when it lands`).toBeDefined();
    const checksum = migrationChecksum(readFileSync(join(MIGRATIONS_DIR, file), 'utf8'));
    expect(
      checksum,
      `${file} was edited after it landed: databases that applied it refuse to start; restore it and add a new migration instead`,
    ).toBe(pinned);
  });

  it('keeps every pinned migration', () => {
    expect(Object.keys(LANDED_MIGRATIONS).filter((file) => !files.includes(file))).toEqual([]);
  });

  it('knows the earlier versions of edited migrations only with a reconciling migration that exists', () => {
    for (const earlier of EARLIER_MIGRATIONS) {
      expect(Object.values(LANDED_MIGRATIONS)).not.toContain(earlier.checksum);
      expect(files.some((file) => file.startsWith(`${earlier.reconciledBy}_`))).toBe(true);
      expect(Number(earlier.reconciledBy)).toBeGreaterThan(Number(earlier.version));
    }
  });
});
