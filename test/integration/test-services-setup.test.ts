import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerAnswers, dockerEndpoints, missingServicesMessage } from '../support/test-services.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const emptyHome = mkdtempSync(join(tmpdir(), 'orgscan-home-'));
afterAll(() => rmSync(emptyHome, { recursive: true, force: true }));

/** Runs vitest as a newcomer would, with exactly `env` (plus PATH), and returns its exit code and output. */
function runVitest(args: readonly string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

describe('integration test services', () => {
  it('without REDIS_URL, DATABASE_URL or Docker, stops at once with the exact lines to set', async () => {
    const { code, output } = await runVitest(
      ['--project', 'integration', 'test/integration/process-configuration'],
      {
        HOME: emptyHome,
        DOCKER_HOST: `unix://${join(emptyHome, 'docker.sock')}`,
      },
    );
    expect(code).not.toBe(0);
    expect(output).toContain(
      'export DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379',
    );
    // Nothing ran and nothing tried to start containers.
    expect(output).not.toMatch(/node_modules\/(@testcontainers|testcontainers)|Tests\s+\d+ passed/);
  });

  it('names only the variables that are missing', () => {
    const message = missingServicesMessage(['REDIS_URL']);
    expect(message).toContain('   export REDIS_URL=redis://127.0.0.1:6379\n');
    expect(message).not.toContain('export DATABASE_URL');
  });

  it('looks for Docker where DOCKER_HOST says, else the usual sockets, and asks it /_ping', async () => {
    const socket = join(emptyHome, 'engine.sock');
    const engine: Server = createServer((request, response) => {
      response.writeHead(request.url === '/_ping' ? 200 : 404).end('OK');
    });
    await new Promise<void>((resolve) => engine.listen(socket, resolve));
    try {
      expect(dockerEndpoints({ HOME: emptyHome, DOCKER_HOST: `unix://${socket}` })).toEqual([
        `unix://${socket}`,
      ]);
      expect(await dockerAnswers({ HOME: emptyHome, DOCKER_HOST: `unix://${socket}` })).toBe(true);
      expect(await dockerAnswers({ HOME: emptyHome, DOCKER_HOST: `unix://${socket}.missing` })).toBe(false);
      expect(await dockerAnswers({ HOME: emptyHome, DOCKER_HOST: 'tcp://127.0.0.1:1' })).toBe(false);
    } finally {
      await new Promise((resolve) => engine.close(resolve));
    }
  });
});
