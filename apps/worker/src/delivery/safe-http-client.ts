import { promises as dns, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type DestinationPolicy, hostOf } from '@orgscan/core';

/** Resolves a host name to every address it has (the system resolver by default). */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The start of the body (at most maxResponseBytes). */
  readonly body: string;
}

export interface SafeHttpClientOptions {
  readonly policy: DestinationPolicy;
  /** Whole request: connect, send, answer. */
  readonly timeoutMs: number;
  readonly resolve?: Resolver;
  readonly maxResponseBytes?: number;
}

/**
 * Sends requests to user-supplied URLs without letting them reach what they must not (SSRF):
 *
 * - the URL is checked first (https, or http only for allow-listed hosts; no credentials; a literal IP
 *   address is judged as it is, since no resolution happens for it);
 * - the host name is resolved by the socket's own `lookup`, and every address it resolves to is judged
 *   before the connection is made to one of them. The address checked is the address connected to: a
 *   DNS answer that changes between a check and the connect (rebinding) has nowhere to slip in;
 * - redirects are never followed (a 3xx is just an answer), and answers are read up to a size cap.
 *
 * Keep-alive sockets are reused only for the host they were opened to, after the same checks.
 */
export class SafeHttpClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly resolve: Resolver;

  constructor(private readonly options: SafeHttpClientOptions) {
    this.resolve = options.resolve ?? systemResolver;
  }

  async request(
    url: string,
    init: { readonly method: string; readonly headers?: Record<string, string>; readonly body?: string },
  ): Promise<HttpResponse> {
    const target = this.options.policy.checkUrl(url);
    const hostname = hostOf(target);
    const secure = target.protocol === 'https:';
    const maxBytes = this.options.maxResponseBytes ?? 64 * 1024;
    return new Promise<HttpResponse>((resolvePromise, reject) => {
      const request = (secure ? https : http).request(
        target,
        {
          method: init.method,
          headers: {
            ...init.headers,
            ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}),
          },
          agent: secure ? this.httpsAgent : this.httpAgent,
          lookup: this.checkedLookup(hostname),
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < maxBytes) chunks.push(chunk.subarray(0, maxBytes - size));
            size += chunk.length;
          });
          response.on('end', () => {
            clearTimeout(timer);
            resolvePromise({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            });
          });
          response.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
          });
        },
      );
      const timer = setTimeout(
        () => request.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      request.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      request.end(init.body);
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /**
   * The socket's resolver: resolves, refuses the whole host if any of its addresses is not allowed (a name
   * that mixes public and private addresses is not trusted), and hands the checked addresses to the connect.
   */
  private checkedLookup(expectedHost: string): LookupFunction {
    return (hostname, options, callback) => {
      this.resolve(hostname)
        .then((addresses) => {
          if (addresses.length === 0) throw new Error(`${hostname} has no address`);
          for (const { address } of addresses) this.options.policy.checkAddress(expectedHost, address);
          const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
          const usable = wanted ? addresses.filter((entry) => entry.family === wanted) : addresses;
          if (usable.length === 0) throw new Error(`${hostname} has no IPv${wanted} address`);
          if (options.all) {
            (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, usable);
          } else {
            const first = usable[0] as LookupAddress;
            callback(null, first.address, first.family);
          }
        })
        .catch((error: Error) => callback(error as NodeJS.ErrnoException, '', 0));
    };
  }
}
