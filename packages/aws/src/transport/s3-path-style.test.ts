import { GetBucketPolicyCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type LocalAnswer,
  type ReceivedRequest,
  startLocalHttpEndpoint,
} from '../test-support/local-http-endpoint.js';
import { mockedApi } from '../test-support/mock-api.js';
import { createSdkTransport } from './sdk-transport.js';

const ACCOUNT_ID = '123456789012';
const POLICY = '{"Version":"2012-10-17","Statement":[]}';

/** What an S3-compatible store on localhost answers: just enough for the SDK to parse. */
function s3CompatibleStore(request: ReceivedRequest): LocalAnswer {
  if (request.url.startsWith('/v20180820/configuration/publicAccessBlock')) {
    return {
      status: 200,
      contentType: 'application/xml',
      body:
        '<?xml version="1.0" encoding="UTF-8"?><PublicAccessBlockConfiguration>' +
        '<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>' +
        '<BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets>' +
        '</PublicAccessBlockConfiguration>',
    };
  }
  if (request.url.includes('policy')) return { status: 200, contentType: 'application/json', body: POLICY };
  return {
    status: 200,
    contentType: 'application/xml',
    body: '<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult><Buckets></Buckets></ListAllMyBucketsResult>',
  };
}

let endpoint: Awaited<ReturnType<typeof startLocalHttpEndpoint>>;

beforeAll(async () => {
  endpoint = await startLocalHttpEndpoint(s3CompatibleStore);
  // An operator's setting for a local S3-compatible store: a host name, not an IP address.
  vi.stubEnv('AWS_ENDPOINT_URL', endpoint.localhostUrl);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await endpoint.close();
});

const pathStyleApi = () =>
  mockedApi({
    transport: createSdkTransport({ maxAttempts: 1, requestTimeoutMs: 2_000, s3ForcePathStyle: true }),
    retry: { throttleAttempts: 1, transientAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
  }).api;

describe('S3 path-style addressing (AWS_S3_FORCE_PATH_STYLE)', () => {
  it('puts the bucket in the path of http://localhost:<port>/<bucket>, not in the host name', async () => {
    endpoint.received.length = 0;
    const answer = await pathStyleApi().call(
      'us-east-1',
      's3',
      new GetBucketPolicyCommand({ Bucket: 'logs' }),
    );

    expect(answer.Policy).toBe(POLICY);
    expect(endpoint.received).toEqual([
      { method: 'GET', host: `localhost:${endpoint.port}`, url: '/logs/?policy=' },
    ]);
  });

  it('sends S3 Control calls to the endpoint itself, without the <account>. host prefix', async () => {
    endpoint.received.length = 0;
    const answer = await pathStyleApi().call(
      'us-east-1',
      's3control',
      new GetPublicAccessBlockCommand({ AccountId: ACCOUNT_ID }),
    );

    expect(answer.PublicAccessBlockConfiguration?.RestrictPublicBuckets).toBe(false);
    expect(endpoint.received).toEqual([
      {
        method: 'GET',
        host: `localhost:${endpoint.port}`,
        url: '/v20180820/configuration/publicAccessBlock',
      },
    ]);
  });

  it('leaves calls without a bucket where they were', async () => {
    endpoint.received.length = 0;
    await pathStyleApi().call('us-east-1', 's3', new ListBucketsCommand({}));
    expect(endpoint.received.map((request) => request.host)).toEqual([`localhost:${endpoint.port}`]);
  });

  it('without the option, the SDK addresses the bucket as <bucket>.localhost, which does not reach the store', async () => {
    endpoint.received.length = 0;
    const virtualHosted = mockedApi({
      retry: { throttleAttempts: 1, transientAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    }).api;
    await expect(
      virtualHosted.call('us-east-1', 's3', new GetBucketPolicyCommand({ Bucket: 'logs' })),
    ).rejects.toThrow();
    expect(endpoint.received.filter((request) => request.url.startsWith('/logs'))).toEqual([]);
  });
});
