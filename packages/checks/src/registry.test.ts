import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFramework } from './frameworks/index.js';
import { SLICE_SCOPE } from './inventory/slices.js';
import type { CheckDefinition } from './model/check-definition.js';
import { checks } from './registry.js';

const srcDir = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function isCheckDefinition(value: unknown): value is CheckDefinition {
  return (
    typeof value === 'object' && value !== null && 'evaluate' in value && 'requires' in value && 'id' in value
  );
}

describe('check registry', () => {
  it('has unique ids in kebab-case <service>-<resource>-<expected> form', () => {
    const ids = checks.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of checks) {
      expect(check.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+){2,}$/);
      expect(check.id.startsWith(`${check.service}-`)).toBe(true);
    }
  });

  it('registers every check file, and each check id equals its file name', async () => {
    const definedInFiles = new Map<CheckDefinition, string>();
    for (const file of sourceFiles(join(srcDir, 'checks'))) {
      const module: Record<string, unknown> = await import(file);
      for (const value of Object.values(module)) {
        if (isCheckDefinition(value)) definedInFiles.set(value, file);
      }
    }
    expect(definedInFiles.size).toBeGreaterThan(0);
    for (const [definition, file] of definedInFiles) {
      expect(definition.id, relative(srcDir, file)).toBe(basename(file, '.ts'));
      expect(checks, `${definition.id} is not in the registry`).toContain(definition);
    }
    expect(definedInFiles.size).toBe(checks.length);
  });

  it('maps every compliance id to a requirement of its framework', () => {
    for (const check of checks) {
      for (const [frameworkId, requirementIds] of Object.entries(check.compliance)) {
        const framework = findFramework(frameworkId);
        expect(framework, `${check.id}: unknown framework ${frameworkId}`).toBeDefined();
        const known = new Set(framework?.requirements.map((requirement) => requirement.id));
        for (const id of requirementIds ?? [])
          expect(known.has(id), `${check.id}: ${frameworkId} ${id}`).toBe(true);
      }
    }
  });

  it('declares only known slices', () => {
    for (const check of checks) {
      expect(check.requires.length, check.id).toBeGreaterThan(0);
      for (const slice of [...check.requires, ...(check.orgRequires ?? [])]) {
        expect(SLICE_SCOPE[slice], `${check.id} requires unknown slice ${slice}`).toBeDefined();
      }
    }
  });

  it('keeps nothing a scaffold left to write (npm run new:check and new:collector mark it SCAFFOLD)', () => {
    for (const file of sourceFiles(srcDir)) {
      expect(readFileSync(file, 'utf8'), relative(srcDir, file)).not.toMatch(/SCAFFOLD|NotWrittenYet/);
    }
  });

  it('has remediation text and a documentation link for every check', () => {
    for (const check of checks) {
      expect(check.remediation.text.length, check.id).toBeGreaterThan(10);
      expect(check.remediation.url, check.id).toMatch(/^https:\/\//);
    }
  });
});

describe('purity of the checks package', () => {
  it('imports no AWS SDK, no Node I/O and never reads the clock', () => {
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8');
      const where = relative(srcDir, file);
      expect(text, where).not.toMatch(/from '(@aws-sdk|node:)/);
      expect(text, where).not.toMatch(/Date\.now\(|new Date\(\)/);
    }
  });
});
