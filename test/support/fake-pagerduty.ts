import type { ReceivedRequest, ReceiverAnswer } from './webhook-receiver.js';

export interface FakeAlert {
  readonly dedupKey: string;
  status: 'triggered' | 'resolved';
  /** Trigger events applied to this alert (a repeated trigger adds to it). */
  triggers: number;
  summary: string;
  severity: string;
}

const SEVERITIES = new Set(['critical', 'error', 'warning', 'info']);

/**
 * The PagerDuty Events API v2 as its documentation describes it: POST /v2/enqueue answers 202
 * {status: "success", message: "Event processed", dedup_key}; an invalid event (unknown routing key,
 * missing summary/source/severity, dedup_key over 255) is 400 {status: "invalid event", errors}; too many
 * events is 429. A trigger with the dedup_key of an open alert adds to it; after a resolve, a trigger opens
 * a new alert; a resolve for no open alert is accepted and dropped. POST /v2/change/enqueue takes change
 * events. Every alert ever opened is kept, so tests can count them.
 */
export class FakePagerDuty {
  readonly alerts: FakeAlert[] = [];
  readonly changeEvents: unknown[] = [];
  /** Answer 429 to this many upcoming events. */
  throttleNext = 0;

  constructor(private readonly routingKey: string) {}

  open(dedupKey: string): FakeAlert | undefined {
    return this.alerts.find((alert) => alert.dedupKey === dedupKey && alert.status === 'triggered');
  }

  readonly handle = (request: ReceivedRequest): ReceiverAnswer => {
    if (request.method !== 'POST') return { status: 404, body: { status: 'not found' } };
    if (this.throttleNext > 0) {
      this.throttleNext -= 1;
      return {
        status: 429,
        body: { status: 'throttle event', message: 'Requests for this service are arriving too quickly.' },
      };
    }
    let event: Record<string, unknown>;
    try {
      event = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return invalid('Event object is invalid');
    }
    if (event.routing_key !== this.routingKey) return invalid('Invalid routing key');
    if (request.path === '/v2/change/enqueue') {
      this.changeEvents.push(event);
      return { status: 202, body: { status: 'success', message: 'Change event processed' } };
    }
    if (request.path !== '/v2/enqueue') return { status: 404, body: { status: 'not found' } };
    const dedupKey = event.dedup_key;
    if (typeof dedupKey !== 'string' || dedupKey.length > 255) return invalid('dedup_key is invalid');
    const payload = event.payload as Record<string, unknown> | undefined;
    switch (event.event_action) {
      case 'trigger': {
        if (
          typeof payload?.summary !== 'string' ||
          payload.summary.length > 1024 ||
          typeof payload.source !== 'string' ||
          !SEVERITIES.has(String(payload.severity))
        ) {
          return invalid("'payload' is invalid or missing");
        }
        const open = this.open(dedupKey);
        if (open) open.triggers += 1;
        else {
          this.alerts.push({
            dedupKey,
            status: 'triggered',
            triggers: 1,
            summary: payload.summary,
            severity: String(payload.severity),
          });
        }
        break;
      }
      case 'resolve': {
        const open = this.open(dedupKey);
        if (open) open.status = 'resolved';
        break;
      }
      case 'acknowledge':
        break;
      default:
        return invalid("'event_action' is invalid");
    }
    return { status: 202, body: { status: 'success', message: 'Event processed', dedup_key: dedupKey } };
  };
}

function invalid(message: string): ReceiverAnswer {
  return {
    status: 400,
    body: { status: 'invalid event', message: 'Event object is invalid', errors: [message] },
  };
}
