// `npm run dev`: builds, then runs the api and one worker with the variables of .env (or .env.example),
// against the Redis and Postgres they name. Ctrl-C stops both gracefully. Exits non-zero when a process
// fails to start or dies. `npm run dev -- --no-build` skips the build (the last build is run).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import { devEnvironment } from './dev/dev-environment.mjs';
import { supervise } from './dev/supervise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

/** A port nothing listens on now (the OS picks it), for the worker's metrics. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const envFile = existsSync(join(root, '.env')) ? '.env' : '.env.example';
const { env, notes } = devEnvironment({
  fileEnv: parseEnv(readFileSync(join(root, envFile), 'utf8')),
  shellEnv: process.env,
  metricsPort: await freePort(),
});
console.log(`orgscan dev: configuration from ${envFile} (shell variables take precedence)`);
for (const note of notes) console.log(`orgscan dev: ${note}`);

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The worker runs with the heap it is deployed with (README "Memory"), so dev sees the same collector.
const workerHeap = `--max-old-space-size=${process.env.WORKER_HEAP_MB ?? 256}`;
const code = await supervise(
  [
    { name: 'api', args: ['apps/api/dist/server.js'] },
    { name: 'worker', args: [workerHeap, 'apps/worker/dist/main.js'] },
  ],
  { cwd: root, env },
);
process.exit(code);
