import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderConfigurationMarkdown } from './config-markdown.js';
import { apiConfigSchema, workerConfigSchema } from './config-schemas.js';

const docsFile = join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/configuration.md');
const processes = [
  { process: 'api', schema: apiConfigSchema },
  { process: 'worker', schema: workerConfigSchema },
];

describe('docs/configuration.md', () => {
  it('documents exactly the configuration schemas (regenerate: npm run docs:config)', () => {
    expect(readFileSync(docsFile, 'utf8')).toBe(renderConfigurationMarkdown(processes));
  });

  it('says which process reads a key, its type, default and allowed values', () => {
    const rows = renderConfigurationMarkdown(processes).split('\n');
    const row = (key: string) => rows.find((line) => line.startsWith(`| \`${key}\` |`));
    expect(row('DATABASE_URL')).toBe(
      '| `DATABASE_URL` | both | string | (required) | pattern `^postgres(ql)?://` | PostgreSQL connection string |',
    );
    expect(row('PORT')).toMatch(/^\| `PORT` \| api \| integer \| `3000` \| 1 to 65535 \|/);
    expect(row('WORKER_CONCURRENCY')).toMatch(/^\| `WORKER_CONCURRENCY` \| worker \| integer \| `8` \|/);
    expect(row('AWS_MODE')).toMatch(/^\| `AWS_MODE` \| both \| one of \| `aws` \| `aws`, `simulated` \|/);
    expect(row('ORG_ROLE_ARN')).toMatch(/^\| `ORG_ROLE_ARN` \| both \| string \| \(unset\) \|/);
    expect(row('WEBHOOK_RETRY_SCHEDULE')).toContain('(ms\\|s\\|m\\|h)');
  });
});
