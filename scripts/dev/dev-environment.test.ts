import { describe, expect, it } from 'vitest';
import { DEV_ONLY_SECRETS_KEY, devEnvironment } from './dev-environment.mjs';

const FILE = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/orgscan',
  HOST: '0.0.0.0',
  WORKER_METRICS_HOST: '0.0.0.0',
  WORKER_METRICS_PORT: '9464',
  SECRETS_ENCRYPTION_KEY: '',
};

describe('dev environment', () => {
  it('listens on 127.0.0.1, gives the metrics a free port and uses the dev-only key when none is set', () => {
    const { env, notes } = devEnvironment({ fileEnv: FILE, shellEnv: {}, metricsPort: 41234 });
    expect(env).toMatchObject({
      DATABASE_URL: FILE.DATABASE_URL,
      HOST: '127.0.0.1',
      WORKER_METRICS_HOST: '127.0.0.1',
      WORKER_METRICS_PORT: '41234',
      SECRETS_ENCRYPTION_KEY: DEV_ONLY_SECRETS_KEY,
    });
    expect(Buffer.from(DEV_ONLY_SECRETS_KEY, 'base64')).toHaveLength(32);
    expect(notes.join('\n')).toContain('DEV-ONLY');
  });

  it('never replaces what the shell sets, nor a key the file sets', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const shellEnv = {
      HOST: '0.0.0.0',
      WORKER_METRICS_HOST: '0.0.0.0',
      WORKER_METRICS_PORT: '9999',
      DATABASE_URL: 'postgres://elsewhere/x',
    };
    const fromShell = devEnvironment({ fileEnv: FILE, shellEnv, metricsPort: 41234 });
    expect(fromShell.env).toMatchObject({ ...shellEnv, SECRETS_ENCRYPTION_KEY: DEV_ONLY_SECRETS_KEY });
    const fromFile = devEnvironment({
      fileEnv: { ...FILE, SECRETS_ENCRYPTION_KEY: key },
      shellEnv: {},
      metricsPort: 1,
    });
    expect(fromFile.env.SECRETS_ENCRYPTION_KEY).toBe(key);
    expect(fromFile.notes.join('\n')).not.toContain('DEV-ONLY');
    const fromShellKey = devEnvironment({
      fileEnv: FILE,
      shellEnv: { SECRETS_ENCRYPTION_KEY: key },
      metricsPort: 1,
    });
    expect(fromShellKey.env.SECRETS_ENCRYPTION_KEY).toBe(key);
  });
});
