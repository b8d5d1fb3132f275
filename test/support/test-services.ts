import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createConnection } from 'node:net';
import { join } from 'node:path';

/** The services the integration tier needs, and where they usually run on a developer's machine. */
export const LOCAL_SERVICE_URLS = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
  REDIS_URL: 'redis://127.0.0.1:6379',
} as const;

export type ServiceVariable = keyof typeof LOCAL_SERVICE_URLS;

/** The variables of `env` that are not set (empty counts as unset). */
export function missingServiceVariables(
  env: Readonly<Record<string, string | undefined>>,
): ServiceVariable[] {
  return (Object.keys(LOCAL_SERVICE_URLS) as ServiceVariable[]).filter((key) => !env[key]?.trim());
}

/** What a newcomer reads when neither the variables nor Docker are there: the exact lines to run. */
export function missingServicesMessage(missing: readonly ServiceVariable[]): string {
  const exports = missing.map((key) => `${key}=${LOCAL_SERVICE_URLS[key]}`).join(' ');
  return [
    '',
    '================================================================================',
    ` orgscan integration tests need real Redis and PostgreSQL: ${missing.join(' and ')} not set,`,
    ' and no Docker engine answers (testcontainers would start them otherwise).',
    '',
    ' Start Redis 7 and PostgreSQL (13 or later) locally (docs/testing.md says how), then:',
    '',
    `   export ${exports}`,
    '',
    ' and run the tests again. The unit tier needs neither: npx vitest run --project unit',
    '================================================================================',
    '',
  ].join('\n');
}

/** Where a Docker engine may listen: DOCKER_HOST, testcontainers' docker.host, then the usual sockets. */
export function dockerEndpoints(env: Readonly<Record<string, string | undefined>>): string[] {
  const home = env.HOME ?? '';
  const runtimeDir = env.XDG_RUNTIME_DIR;
  const endpoints: string[] = [];
  if (env.DOCKER_HOST) return [env.DOCKER_HOST];
  const properties = join(home, '.testcontainers.properties');
  if (home && existsSync(properties)) {
    const match = /^docker\.host\s*=\s*(\S+)/m.exec(readFileSync(properties, 'utf8'));
    if (match?.[1]) endpoints.push(match[1]);
  }
  const sockets = [
    '/var/run/docker.sock',
    home && join(home, '.docker/run/docker.sock'),
    home && join(home, '.docker/desktop/docker.sock'),
    home && join(home, '.colima/default/docker.sock'),
    home && join(home, '.rd/docker.sock'),
    runtimeDir && join(runtimeDir, 'docker.sock'),
    runtimeDir && join(runtimeDir, 'podman/podman.sock'),
  ];
  for (const socket of sockets) if (socket && existsSync(socket)) endpoints.push(`unix://${socket}`);
  return endpoints;
}

/** Whether the engine at `endpoint` answers: GET /_ping over a unix socket, or a TCP connect. */
function answers(endpoint: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (endpoint.startsWith('unix://')) {
      const ping = request(
        { socketPath: endpoint.slice('unix://'.length), path: '/_ping', timeout: timeoutMs },
        (response) => {
          response.resume();
          resolve(response.statusCode === 200);
        },
      );
      ping.on('timeout', () => ping.destroy());
      ping.on('error', () => resolve(false));
      ping.end();
      return;
    }
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      resolve(false);
      return;
    }
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 2375) });
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

/** True when a Docker engine answers at one of the usual places, within a couple of seconds. */
export async function dockerAnswers(
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 2_000,
): Promise<boolean> {
  const results = await Promise.all(dockerEndpoints(env).map((endpoint) => answers(endpoint, timeoutMs)));
  return results.includes(true);
}
