import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetBucketPolicyCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AwsEnvironmentSettings, createAwsEnvironment } from './aws-environment.js';

/** Where each request of the SDK went: the host it named and the path. */
const received: Array<{ host: string | undefined; url: string | undefined }> = [];
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({ host: request.headers.host, url: request.url });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"Version":"2012-10-17","Statement":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // An S3-compatible store on localhost: <bucket>.localhost does not resolve, so only path style reaches it.
  vi.stubEnv('AWS_ENDPOINT_URL', `http://localhost:${port}`);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

function settings(s3ForcePathStyle: boolean): AwsEnvironmentSettings {
  return {
    target: { kind: 'aws', s3ForcePathStyle },
    homeRegion: 'us-east-1',
    callsPerAccount: 4,
    requestTimeoutMs: 2_000,
    throttleAttempts: 1,
  };
}

async function getBucketPolicy(s3ForcePathStyle: boolean) {
  const { options } = createAwsEnvironment(settings(s3ForcePathStyle), () => {});
  const session = options.transport.openSession({
    accountId: '123456789012',
    credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }),
  });
  try {
    return await session.send('us-east-1', 's3', new GetBucketPolicyCommand({ Bucket: 'logs' }));
  } finally {
    session.close();
  }
}

describe('the CLI against an S3-compatible endpoint (--s3-path-style)', () => {
  it('puts the bucket in the path when asked to', async () => {
    received.length = 0;
    await getBucketPolicy(true);
    expect(received).toEqual([{ host: expect.stringMatching(/^localhost:\d+$/), url: '/logs/?policy=' }]);
  });

  it('otherwise addresses <bucket>.localhost, which never reaches the store', async () => {
    received.length = 0;
    await expect(getBucketPolicy(false)).rejects.toThrow();
    expect(received).toEqual([]);
  });
});
