import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frameworks } from '../frameworks/index.js';
import { checks } from '../registry.js';
import { renderChecksMarkdown } from './checks-markdown.js';

const docsFile = join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/checks.md');

describe('docs/checks.md', () => {
  it('lists exactly the registered checks and requirement mappings (regenerate: node scripts/generate-check-docs.mjs)', () => {
    expect(readFileSync(docsFile, 'utf8')).toBe(renderChecksMarkdown(checks, frameworks));
  });
});
