import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyAwsError } from '../aws-error.js';
import type { AwsTransportSession } from './aws-transport.js';
import { createSdkTransport } from './sdk-transport.js';

/**
 * These tests send real SDK requests (signing, serialization, endpoint resolution) to a local HTTP server,
 * pointed at it through the standard AWS_ENDPOINT_URL variables, and answer with minimal AWS responses.
 */

interface Received {
  readonly path: string;
  readonly body: string;
  readonly authorization: string;
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

const ACCOUNT_SUMMARY_XML = `<GetAccountSummaryResponse xmlns="${IAM_NS}">
  <GetAccountSummaryResult>
    <SummaryMap>
      <entry><key>Users</key><value>7</value></entry>
      <entry><key>AccountMFAEnabled</key><value>1</value></entry>
    </SummaryMap>
  </GetAccountSummaryResult>
  <ResponseMetadata><RequestId>req-summary</RequestId></ResponseMetadata>
</GetAccountSummaryResponse>`;

const iamErrorXml = (code: string, message: string) => `<ErrorResponse xmlns="${IAM_NS}">
  <Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>
  <RequestId>req-error</RequestId>
</ErrorResponse>`;

const DESCRIBE_REGIONS_XML = `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
  <requestId>req-regions</requestId>
  <regionInfo>
    <item>
      <regionName>eu-west-1</regionName>
      <regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint>
      <optInStatus>opt-in-not-required</optInStatus>
    </item>
  </regionInfo>
</DescribeRegionsResponse>`;

let server: Server;
let baseUrl: string;
let received: Received[];
/** What the server answers to the next requests: status and XML body, or null to never answer. */
let answer: { status: number; body: string } | null;
const unanswered: ServerResponse[] = [];

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({
      path: request.url ?? '',
      body: await readBody(request),
      authorization: request.headers.authorization ?? '',
    });
    if (!answer) {
      unanswered.push(response);
      return;
    }
    response.writeHead(answer.status, { 'content-type': 'text/xml' });
    response.end(answer.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of unanswered) response.destroy();
  server.close();
  await once(server, 'close');
});

const ENDPOINT_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_IAM',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
];
let savedEnv: Record<string, string | undefined>;
let session: AwsTransportSession | undefined;

beforeEach(() => {
  received = [];
  answer = { status: 200, body: ACCOUNT_SUMMARY_XML };
  savedEnv = Object.fromEntries(ENDPOINT_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of ENDPOINT_VARIABLES) delete process.env[name];
});

afterEach(() => {
  session?.close();
  session = undefined;
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function openSession(requestTimeoutMs = 5_000): AwsTransportSession {
  session = createSdkTransport({ maxAttempts: 1, requestTimeoutMs }).openSession({
    accountId: '123456789012',
    credentials: async () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }),
  });
  return session;
}

describe('createSdkTransport endpoints', () => {
  it('sends IAM calls to AWS_ENDPOINT_URL_IAM', async () => {
    process.env['AWS_ENDPOINT_URL_IAM'] = `${baseUrl}/iam-endpoint`;

    const output = await openSession().send('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    expect(received).toHaveLength(1);
    expect(received[0]?.path).toMatch(/^\/iam-endpoint\/?$/);
    expect(received[0]?.body).toContain('Action=GetAccountSummary');
    expect(received[0]?.authorization).toContain('Credential=AKIDEXAMPLE/');
    expect(output.SummaryMap).toEqual({ Users: 7, AccountMFAEnabled: 1 });
  });

  it('sends calls to AWS_ENDPOINT_URL when the service has no variable of its own', async () => {
    process.env['AWS_ENDPOINT_URL'] = `${baseUrl}/any-service`;
    answer = { status: 200, body: DESCRIBE_REGIONS_XML };

    const output = await openSession().send(
      'eu-west-1',
      'ec2',
      new DescribeRegionsCommand({ AllRegions: true }),
    );

    expect(received).toHaveLength(1);
    expect(received[0]?.path).toMatch(/^\/any-service\/?$/);
    expect(received[0]?.body).toContain('Action=DescribeRegions');
    expect(output.Regions).toEqual([
      {
        RegionName: 'eu-west-1',
        Endpoint: 'ec2.eu-west-1.amazonaws.com',
        OptInStatus: 'opt-in-not-required',
      },
    ]);
  });

  it('prefers the service variable over AWS_ENDPOINT_URL', async () => {
    process.env['AWS_ENDPOINT_URL'] = `${baseUrl}/any-service`;
    process.env['AWS_ENDPOINT_URL_IAM'] = `${baseUrl}/iam-endpoint`;

    await openSession().send('us-east-1', 'iam', new GetAccountSummaryCommand({}));

    expect(received.map((request) => request.path.replace(/\/$/, ''))).toEqual(['/iam-endpoint']);
  });
});

describe('createSdkTransport errors, as the SDK deserializes them', () => {
  beforeEach(() => {
    process.env['AWS_ENDPOINT_URL_IAM'] = baseUrl;
  });

  it('classifies an IAM AccessDenied answer as access-denied, sent once', async () => {
    answer = {
      status: 403,
      body: iamErrorXml('AccessDenied', 'not authorized to perform: iam:GetAccountSummary'),
    };

    const error = await openSession()
      .send('us-east-1', 'iam', new GetAccountSummaryCommand({}))
      .then(
        () => undefined,
        (raw: unknown) => classifyAwsError(raw, 'iam:GetAccountSummary'),
      );

    expect(error).toMatchObject({ code: 'AccessDenied', kind: 'access-denied', httpStatus: 403 });
    expect(received).toHaveLength(1);
  });

  it('classifies an IAM NoSuchEntity answer as not-found', async () => {
    answer = { status: 404, body: iamErrorXml('NoSuchEntity', 'The Password Policy cannot be found.') };

    const error = await openSession()
      .send('us-east-1', 'iam', new GetAccountPasswordPolicyCommand({}))
      .then(
        () => undefined,
        (raw: unknown) => classifyAwsError(raw, 'iam:GetAccountPasswordPolicy'),
      );

    expect(error).toMatchObject({ code: 'NoSuchEntityException', kind: 'not-found', httpStatus: 404 });
  });

  it('classifies an IAM Throttling answer as throttled and leaves retrying to orgscan (maxAttempts 1)', async () => {
    answer = { status: 400, body: iamErrorXml('Throttling', 'Rate exceeded') };

    const error = await openSession()
      .send('us-east-1', 'iam', new GetAccountSummaryCommand({}))
      .then(
        () => undefined,
        (raw: unknown) => classifyAwsError(raw, 'iam:GetAccountSummary'),
      );

    expect(error).toMatchObject({ code: 'Throttling', kind: 'throttled', httpStatus: 400 });
    expect(received).toHaveLength(1);
  });

  it('classifies a 500 answer as transient', async () => {
    answer = { status: 500, body: iamErrorXml('InternalFailure', 'internal failure') };

    const error = await openSession()
      .send('us-east-1', 'iam', new GetAccountSummaryCommand({}))
      .then(
        () => undefined,
        (raw: unknown) => classifyAwsError(raw, 'iam:GetAccountSummary'),
      );

    expect(error).toMatchObject({ kind: 'transient', httpStatus: 500 });
    expect(received).toHaveLength(1);
  });

  it('gives up on a request that gets no answer within requestTimeoutMs, as a transient error', async () => {
    answer = null;

    const error = await openSession(200)
      .send('us-east-1', 'iam', new GetAccountSummaryCommand({}))
      .then(
        () => undefined,
        (raw: unknown) => classifyAwsError(raw, 'iam:GetAccountSummary'),
      );

    expect(error).toMatchObject({ code: 'TimeoutError', kind: 'transient' });
    expect(received).toHaveLength(1);
  }, 5_000);
});
