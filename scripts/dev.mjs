// `npm run dev`: builds, then runs the api and one worker with the variables of .env (or .env.example),
// against the Redis and Postgres they name. Ctrl-C stops both gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const envFile = existsSync(join(root, '.env')) ? '.env' : '.env.example';
const fileEnv = parseEnv(readFileSync(join(root, envFile), 'utf8'));
// Variables already set in the shell win over the file.
const env = { ...fileEnv, ...process.env };
console.log(`orgscan dev: configuration from ${envFile} (shell variables take precedence)`);

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The worker runs with the heap it is deployed with (README "Memory"), so dev sees the same collector.
const workerHeap = `--max-old-space-size=${process.env.WORKER_HEAP_MB ?? 256}`;
const children = [
  ['api', [], 'apps/api/dist/server.js'],
  ['worker', [workerHeap], 'apps/worker/dist/main.js'],
].map(([name, nodeArgs, entry]) => {
  const child = spawn(process.execPath, [...nodeArgs, entry], { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    console.log(`orgscan dev: ${name} exited (${signal ?? code})`);
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  return child;
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  });
}
