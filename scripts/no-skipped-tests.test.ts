import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const thisFile = fileURLToPath(import.meta.url);

/**
 * Ways a vitest test can end up not running: `.skip`, `.skipIf`, `.runIf`, `.todo`, and skipping from inside
 * (`ctx.skip()`). A run that reports "1 skipped" is easy to overlook, so the suite refuses them outright:
 * a test that cannot run in a user's clone is fixed, not guarded.
 */
const SKIPPING =
  /\b(?:it|test|describe|suite|bench)\s*\.\s*(?:skip|skipIf|runIf|todo)\b|\b(?:ctx|context|task)\s*\.\s*skip\s*\(/;

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('no skipped tests', () => {
  it('finds the test files it guards', () => {
    expect(testFiles(root).length).toBeGreaterThan(100);
  });

  it('recognises each way of skipping', () => {
    for (const line of [
      "it.skip('x'",
      "it.skipIf(cond)('x'",
      'describe.runIf(cond)',
      "test.todo('x')",
      'ctx.skip()',
    ]) {
      expect(SKIPPING.test(line), line).toBe(true);
    }
    expect(SKIPPING.test("it('skips a region', () => skipRegion())")).toBe(false);
  });

  it('has no test that skips itself', () => {
    const offenders = testFiles(root)
      .filter((file) => file !== thisFile)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            SKIPPING.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(offenders).toEqual([]);
  });
});
