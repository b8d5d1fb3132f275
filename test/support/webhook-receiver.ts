import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface ReceiverAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export type ReceiverHandler = (request: ReceivedRequest) => ReceiverAnswer | Promise<ReceiverAnswer>;

/**
 * A local HTTP server for webhook tests: records every request, answers through a handler the test can
 * swap, counts requests in flight (and the most at once), and can hold every answer until `release()`.
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private readonly inFlightByPath = new Map<string, { now: number; max: number }>();
  private handler: ReceiverHandler = () => ({ status: 204 });
  private gate: Promise<void> | null = null;
  private openGate: (() => void) | null = null;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | undefined;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        void (receiver as WebhookReceiver).answer(
          {
            method: request.method ?? 'GET',
            path: request.url ?? '/',
            headers: request.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          },
          (answer) => {
            const body =
              answer.body === undefined
                ? ''
                : typeof answer.body === 'string'
                  ? answer.body
                  : JSON.stringify(answer.body);
            response.writeHead(answer.status, {
              ...(answer.body !== undefined && typeof answer.body !== 'string'
                ? { 'content-type': 'application/json' }
                : {}),
              ...answer.headers,
            });
            response.end(body);
          },
        );
      });
    });
    receiver = new WebhookReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The most requests to one path that were in flight at once. */
  maxInFlightByPath(path: string): number {
    return this.inFlightByPath.get(path)?.max ?? 0;
  }

  respond(handler: ReceiverHandler): void {
    this.handler = handler;
  }

  /** Holds every answer until release(): requests stay in flight. */
  hold(): void {
    this.gate = new Promise((resolve) => {
      this.openGate = resolve;
    });
  }

  release(): void {
    this.openGate?.();
    this.gate = null;
  }

  private async answer(request: ReceivedRequest, send: (answer: ReceiverAnswer) => void): Promise<void> {
    this.requests.push(request);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const byPath = this.inFlightByPath.get(request.path) ?? { now: 0, max: 0 };
    byPath.now += 1;
    byPath.max = Math.max(byPath.max, byPath.now);
    this.inFlightByPath.set(request.path, byPath);
    let answer: ReceiverAnswer;
    try {
      if (this.gate) await this.gate;
      answer = await this.handler(request);
    } catch (error) {
      answer = { status: 500, body: { error: (error as Error).message } };
    }
    this.inFlight -= 1;
    byPath.now -= 1;
    send(answer);
  }

  async close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
