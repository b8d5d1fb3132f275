// Regenerates docs/configuration.md from the configuration schemas (run after `npm run build`, or use
// `npm run docs:config`, which builds first).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiConfigSchema, renderConfigurationMarkdown, workerConfigSchema } from '@orgscan/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const markdown = renderConfigurationMarkdown([
  { process: 'api', schema: apiConfigSchema },
  { process: 'worker', schema: workerConfigSchema },
]);
writeFileSync(join(root, 'docs', 'configuration.md'), markdown);
console.log(
  `docs/configuration.md: ${markdown.split('\n').filter((line) => line.startsWith('| `')).length} keys`,
);
