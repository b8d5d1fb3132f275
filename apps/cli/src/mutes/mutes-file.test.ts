import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMutesFile } from './mutes-file.js';

const directory = mkdtempSync(join(tmpdir(), 'orgscan-mutes-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(resourcePattern: string): string {
  const path = join(directory, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    path,
    `mutes:\n  - resourcePattern: "${resourcePattern}"\n    reason: accepted\n    owner: secops\n`,
  );
  return path;
}

describe('mutes file resource patterns', () => {
  it('refuses the account resource form of earlier versions, saying what to write', async () => {
    await expect(loadMutesFile(file('arn:aws::111111111111:account/*'))).rejects.toThrow(
      'mutes[0]: resourcePattern arn:aws::111111111111:account/* names no service and matches nothing: ' +
        'account resources are arn:<partition>:account::<account>:account[/<region>] ' +
        '(write arn:aws:account::111111111111:account/*)',
    );
  });

  it('takes account resource globs in the current form, and globs that do not spell the service', async () => {
    for (const pattern of [
      'arn:aws:account::111111111111:account/*',
      'arn:aws:*:account',
      '*:account/eu-*',
    ]) {
      await expect(loadMutesFile(file(pattern))).resolves.toMatchObject([{ resourcePattern: pattern }]);
    }
  });
});
