// Regenerates docs/checks.md from the check registry (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks, frameworks, renderChecksMarkdown } from '@orgscan/checks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs', 'checks.md'), renderChecksMarkdown(checks, frameworks));
console.log(`docs/checks.md: ${checks.length} checks`);
