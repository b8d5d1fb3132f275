import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DestinationNotAllowedError, DestinationPolicy } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Resolver, SafeHttpClient } from './safe-http-client.js';

let server: Server;
let port: number;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    if (request.url === '/redirect') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
      return;
    }
    if (request.url === '/large') {
      response.end('x'.repeat(200_000));
      return;
    }
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver answering from a table, counting its calls. */
function resolver(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    return (table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DestinationNotAllowedError);
    return (error as Error).message;
  }
  throw new Error('the request was sent');
}

describe('SafeHttpClient', () => {
  it('connects to the address it checked: an allow-listed name resolved at connect time reaches the server', async () => {
    const resolve = resolver({ 'receiver.test': ['127.0.0.1'] });
    const client = new SafeHttpClient({
      policy: new DestinationPolicy(['receiver.test']),
      timeoutMs: 2_000,
      resolve,
    });
    const response = await client.request(`http://receiver.test:${port}/hook`, {
      method: 'POST',
      body: '{}',
    });
    client.close();
    expect(response).toMatchObject({ status: 200, body: 'ok' });
    expect(resolve.calls).toEqual(['receiver.test']);
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['private', '10.0.0.7'],
    ['carrier-grade-nat', '100.64.1.1'],
    ['link-local', '169.254.169.254'],
    ['unique-local', 'fd00:ec2::254'],
    ['multicast', '224.0.0.251'],
    ['unspecified', '0.0.0.0'],
    ['loopback', '::ffff:127.0.0.1'],
  ])(
    'refuses a name that resolves to a %s address (%s), before connecting',
    async (blockedClass, address) => {
      const count = received.length;
      const client = new SafeHttpClient({
        policy: new DestinationPolicy(),
        timeoutMs: 2_000,
        resolve: resolver({ 'evil.example.com': [address] }),
      });
      const message = await refusal(client.request(`https://evil.example.com:${port}/`, { method: 'POST' }));
      client.close();
      expect(message).toContain(`a ${blockedClass} address`);
      expect(received.length).toBe(count);
    },
  );

  it('refuses a name whose answers mix a public and a private address (rebinding in one answer)', async () => {
    const client = new SafeHttpClient({
      policy: new DestinationPolicy(),
      timeoutMs: 2_000,
      resolve: resolver({ 'mixed.example.com': ['93.184.215.14', '127.0.0.1'] }),
    });
    expect(await refusal(client.request(`https://mixed.example.com:${port}/`, { method: 'GET' }))).toContain(
      '127.0.0.1',
    );
    client.close();
  });

  it('resolves once, at connect time: a name that rebinds after a first answer never reaches the private address', async () => {
    // Answers a public address first, loopback afterwards: a client that validated one answer and then
    // connected with a second resolution would reach the loopback server.
    let calls = 0;
    const rebinding: Resolver = async () => {
      calls += 1;
      return [{ address: calls === 1 ? '192.0.2.1' : '127.0.0.1', family: 4 }];
    };
    const count = received.length;
    const client = new SafeHttpClient({
      // TEST-NET-1 (192.0.2.0/24) is reserved, hence allow-listed here to stand for "a public address".
      policy: new DestinationPolicy(['192.0.2.0/24']),
      timeoutMs: 300,
      resolve: rebinding,
    });
    await expect(client.request(`https://rebind.example.com:${port}/`, { method: 'GET' })).rejects.toThrow();
    client.close();
    expect(calls).toBe(1);
    expect(received.length).toBe(count);
  });

  it('refuses literal blocked addresses without resolving, and http to hosts that are not allow-listed', async () => {
    const resolve = resolver({});
    const client = new SafeHttpClient({ policy: new DestinationPolicy(), timeoutMs: 2_000, resolve });
    expect(
      await refusal(client.request('https://169.254.169.254/latest/meta-data/', { method: 'GET' })),
    ).toContain('link-local');
    expect(await refusal(client.request('https://[fd00:ec2::254]/', { method: 'GET' }))).toContain(
      'unique-local',
    );
    expect(await refusal(client.request(`http://127.0.0.1:${port}/`, { method: 'GET' }))).toContain(
      'use https',
    );
    client.close();
    expect(resolve.calls).toEqual([]);
  });

  it('does not follow redirects and caps what it reads of an answer', async () => {
    const client = new SafeHttpClient({
      policy: new DestinationPolicy(['127.0.0.1']),
      timeoutMs: 2_000,
      maxResponseBytes: 1_000,
    });
    const before = received.length;
    const redirect = await client.request(`http://127.0.0.1:${port}/redirect`, {
      method: 'POST',
      body: '{}',
    });
    expect(redirect.status).toBe(302);
    expect(received.slice(before)).toEqual(['POST /redirect']);
    const large = await client.request(`http://127.0.0.1:${port}/large`, { method: 'GET' });
    expect(large.body.length).toBe(1_000);
    client.close();
  });
});
