import * as aws from '@orgscan/aws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonConfigSchema } from '../config/config-schemas.js';
import { loadConfig } from '../config/load-config.js';
import { createTransport } from './aws-from-config.js';

const config = (extra: Record<string, string>) =>
  loadConfig(commonConfigSchema, {
    DATABASE_URL: 'postgres://u@db:5432/x',
    REDIS_URL: 'redis://redis:6379',
    AWS_MODE: 'aws',
    ...extra,
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('AWS_S3_FORCE_PATH_STYLE', () => {
  it('is off unless set, and accepts only true or false', () => {
    expect(config({}).AWS_S3_FORCE_PATH_STYLE).toBe(false);
    expect(config({ AWS_S3_FORCE_PATH_STYLE: 'true' }).AWS_S3_FORCE_PATH_STYLE).toBe(true);
    expect(() => config({ AWS_S3_FORCE_PATH_STYLE: 'sometimes' })).toThrow(/AWS_S3_FORCE_PATH_STYLE/);
  });

  // What the transport does with it (the bucket in the path of a localhost endpoint) is tested in
  // packages/aws (transport/s3-path-style.test.ts); here: the setting reaches the transport.
  it.each([
    ['true', true],
    ['false', false],
  ])('=%s builds the SDK transport with s3ForcePathStyle %s', (value, expected) => {
    const build = vi.spyOn(aws, 'createSdkTransport');
    createTransport(config({ AWS_S3_FORCE_PATH_STYLE: value }));
    expect(build).toHaveBeenCalledWith(expect.objectContaining({ s3ForcePathStyle: expected }));
  });
});
