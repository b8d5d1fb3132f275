import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the endpoint received: what the SDK addressed, as the server saw it. */
export interface ReceivedRequest {
  readonly method: string;
  /** The Host header: where virtual-hosted addressing puts the bucket. */
  readonly host: string;
  /** Path and query: where path-style addressing puts the bucket. */
  readonly url: string;
}

export interface LocalAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for an AWS-compatible endpoint (AWS_ENDPOINT_URL): it records
 * every request and answers each with `answer(request)`, so tests exercise the SDK's real request
 * addressing and response parsing.
 */
export async function startLocalHttpEndpoint(answer: (request: ReceivedRequest) => LocalAnswer): Promise<{
  /** By IP address: the SDK addresses S3 buckets path-style on an IP endpoint whatever the settings. */
  readonly url: string;
  /** By host name, as an operator writes AWS_ENDPOINT_URL for a local S3-compatible store. */
  readonly localhostUrl: string;
  readonly port: number;
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // The body is read (and dropped) so the SDK's request completes before the answer.
    request.resume();
    request.on('end', () => {
      const seen = { method: request.method ?? '', host: request.headers.host ?? '', url: request.url ?? '' };
      received.push(seen);
      const { status, contentType, body } = answer(seen);
      response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    localhostUrl: `http://localhost:${port}`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What a load balancer or proxy in front of an endpoint answers when the service behind it fails. */
export function htmlErrorPage(status: number): LocalAnswer {
  return {
    status,
    contentType: 'text/html',
    body: `<html><head><title>${status} Error</title></head><body><h1>${status}</h1><hr><center>nginx</center></body></html>`,
  };
}
