import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from 'ioredis';
import { waitFor } from './wait-for.js';

export interface TestRedisCluster {
  /** A seed node; the client discovers the others. */
  readonly url: string;
  readonly ports: readonly number[];
  stop(): Promise<void>;
}

/** A port whose cluster-bus port (port + 10000) is free as well. */
async function freeClusterPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await isFree(port)) && (await isFree(port + 10_000))) return port;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A three-primary Redis Cluster on loopback ports, for this test alone: with the local redis-server and
 * redis-cli when they exist, else in one redis:7-alpine container whose nodes announce 127.0.0.1 on the
 * same ports as the host's (so the client can follow the topology the nodes report).
 */
export async function startRedisCluster(): Promise<TestRedisCluster> {
  const ports: number[] = [];
  while (ports.length < 3) {
    const port = await freeClusterPort();
    if (!ports.includes(port)) ports.push(port);
  }
  const cluster =
    spawnSync('redis-server', ['--version']).status === 0
      ? await localCluster(ports)
      : await containerCluster(ports);
  await waitForClusterOk(cluster.url);
  return cluster;
}

const nodeArgs = (port: number, dir: string) => [
  '--port',
  String(port),
  '--bind',
  '127.0.0.1',
  '--cluster-enabled',
  'yes',
  '--cluster-config-file',
  join(dir, `nodes-${port}.conf`),
  '--dir',
  dir,
  '--save',
  '',
  '--appendonly',
  'no',
  '--maxmemory-policy',
  'noeviction',
];

async function localCluster(ports: number[]): Promise<TestRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'orgscan-redis-cluster-'));
  const nodes: ChildProcess[] = ports.map((port) =>
    spawn('redis-server', nodeArgs(port, dir), { stdio: 'ignore' }),
  );
  await waitFor('the cluster nodes to listen', async () =>
    (await Promise.all(ports.map(isFree))).every((free) => !free) ? true : undefined,
  );
  const create = spawnSync(
    'redis-cli',
    [
      '--cluster',
      'create',
      ...ports.map((port) => `127.0.0.1:${port}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ],
    { encoding: 'utf8' },
  );
  if (create.status !== 0)
    throw new Error(`redis-cli --cluster create failed: ${create.stdout}${create.stderr}`);
  return {
    url: `redis://127.0.0.1:${ports[0]}`,
    ports,
    async stop() {
      await Promise.all(
        nodes.map(
          (node) =>
            new Promise<void>((resolve) => {
              if (node.exitCode !== null) return resolve();
              node.once('exit', () => resolve());
              node.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function containerCluster(ports: number[]): Promise<TestRedisCluster> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const start = ports
    .map(
      (port) =>
        `redis-server --port ${port} --cluster-enabled yes --cluster-config-file /data/nodes-${port}.conf ` +
        `--cluster-announce-ip 127.0.0.1 --save '' --appendonly no --daemonize yes`,
    )
    .join(' && ');
  const create = `redis-cli --cluster create ${ports.map((port) => `127.0.0.1:${port}`).join(' ')} --cluster-replicas 0 --cluster-yes`;
  const container = await new GenericContainer('redis:7-alpine')
    .withExposedPorts(
      ...ports.flatMap((port) => [port, port + 10_000].map((p) => ({ container: p, host: p }))),
    )
    .withCommand(['sh', '-c', `${start} && sleep 1 && ${create} && echo cluster-ready && tail -f /dev/null`])
    .withWaitStrategy(Wait.forLogMessage('cluster-ready'))
    .start();
  return {
    url: `redis://127.0.0.1:${ports[0]}`,
    ports,
    async stop() {
      await container.stop();
    },
  };
}

async function waitForClusterOk(url: string): Promise<void> {
  const seed = new URL(url);
  const client = new Cluster([{ host: seed.hostname, port: Number(seed.port) }], {
    clusterRetryStrategy: () => 200,
  });
  client.on('error', () => {});
  try {
    await waitFor(
      'the Redis Cluster to cover every slot',
      async () => {
        try {
          return ((await client.cluster('INFO')) as string).includes('cluster_state:ok') || undefined;
        } catch {
          return undefined; // not every node answers yet
        }
      },
      { timeoutMs: 30_000 },
    );
  } finally {
    client.disconnect();
  }
}
