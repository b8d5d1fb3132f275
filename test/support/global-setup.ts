import type { TestProject } from 'vitest/node';
import { dockerAnswers, missingServicesMessage, missingServiceVariables } from './test-services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
  }
}

/**
 * Real Redis and Postgres for the integration tier: REDIS_URL and DATABASE_URL when set (CI and local
 * services); otherwise throwaway containers started with testcontainers, when a Docker engine answers;
 * otherwise the run stops at once with the exact variables to set, before any slow work.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = missingServiceVariables(process.env);
  if (missing.length > 0 && !(await dockerAnswers(process.env))) {
    throw new Error(missingServicesMessage(missing));
  }
  const stops: Array<() => Promise<unknown>> = [];
  let databaseUrl = process.env.DATABASE_URL?.trim();
  let redisUrl = process.env.REDIS_URL?.trim();
  if (!databaseUrl) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    databaseUrl = container.getConnectionUri();
    stops.push(() => container.stop());
  }
  if (!redisUrl) {
    const { RedisContainer } = await import('@testcontainers/redis');
    const container = await new RedisContainer('redis:7-alpine').start();
    redisUrl = container.getConnectionUrl();
    stops.push(() => container.stop());
  }
  project.provide('databaseUrl', databaseUrl);
  project.provide('redisUrl', redisUrl);
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
