import { describe, expect, it } from 'vitest';
import { startOrgscanProcess } from '../support/orgscan-process.js';

describe('process configuration', () => {
  it.each(['api', 'worker'] as const)(
    '%s: invalid environment → every problem listed, exit status 1',
    async (entry) => {
      const process = startOrgscanProcess(entry, {
        DATABASE_URL: 'mysql://root:hunter2@db/orgscan',
        AWS_MODE: 'cloud',
        SCAN_ACCOUNT_ATTEMPTS: 'many',
        SCAN_REGIONS: 'eu-west-1,,moon',
      });
      expect(await process.exited).toBe(1);
      const output = process.stderr.join('\n');
      for (const key of ['DATABASE_URL', 'REDIS_URL', 'AWS_MODE', 'SCAN_ACCOUNT_ATTEMPTS', 'SCAN_REGIONS']) {
        expect(output).toContain(`- ${key}:`);
      }
      expect(output).not.toContain('hunter2');
    },
  );
});
