import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiConfigSchema, workerConfigSchema } from './config-schemas.js';
import { ConfigError, configKeys, loadConfig } from './load-config.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const REQUIRED = { DATABASE_URL: 'postgres://u:secret@db:5432/x', REDIS_URL: 'redis://redis:6379' };

describe('configuration', () => {
  it('applies defaults and converts types', () => {
    const config = loadConfig(apiConfigSchema, {
      ...REQUIRED,
      PORT: '8080',
      SIMULATED_THROTTLE_RATE: '0.05',
    });
    expect(config.PORT).toBe(8080);
    expect(config.SIMULATED_THROTTLE_RATE).toBe(0.05);
    expect(config.AWS_MODE).toBe('aws');
    expect(config.MEMBER_ROLE_NAME).toBe('OrgScanReadOnly');
    expect(config.ORG_ROLE_ARN).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    const config = loadConfig(workerConfigSchema, { ...REQUIRED, ORG_ROLE_ARN: '', WORKER_CONCURRENCY: ' ' });
    expect(config.ORG_ROLE_ARN).toBeUndefined();
    expect(config.WORKER_CONCURRENCY).toBe(8);
  });

  it('reports every invalid key at once, naming keys but never values', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig(apiConfigSchema, {
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        PORT: 'eighty',
        AWS_MODE: 'cloud',
        ORG_ROLE_ARN: 'not-an-arn',
      });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const keys = error?.problems.map((problem) => problem.split(':')[0]);
    expect(new Set(keys)).toEqual(new Set(['DATABASE_URL', 'REDIS_URL', 'PORT', 'AWS_MODE', 'ORG_ROLE_ARN']));
    expect(error?.message).not.toContain('hunter2');
  });

  it('rejects out-of-range numbers', () => {
    expect(() => loadConfig(workerConfigSchema, { ...REQUIRED, WORKER_CONCURRENCY: '0' })).toThrow(
      /WORKER_CONCURRENCY/,
    );
    expect(() => loadConfig(apiConfigSchema, { ...REQUIRED, SIMULATED_THROTTLE_RATE: '1.5' })).toThrow(
      /SIMULATED_THROTTLE_RATE/,
    );
  });

  it('.env.example lists exactly the keys of the api and worker schemas', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    const listed = example
      .split('\n')
      .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(new Set(listed).size).toBe(listed.length);
    const schemaKeys = new Set([...configKeys(apiConfigSchema), ...configKeys(workerConfigSchema)]);
    expect(new Set(listed)).toEqual(schemaKeys);
  });

  it('.env.example is itself a valid configuration for both processes', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    const env = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(() => loadConfig(apiConfigSchema, env)).not.toThrow();
    expect(() => loadConfig(workerConfigSchema, env)).not.toThrow();
  });
});
