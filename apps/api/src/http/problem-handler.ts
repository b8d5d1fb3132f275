import type { Socket } from 'node:net';
import {
  ConflictError,
  FindingsExpiredError,
  InvalidCursorError,
  InvalidRequestError,
  isStoreUnavailable,
  NotFoundError,
  OrganizationsUnavailableError,
  QueueUnavailableError,
} from '@orgscan/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../schemas/problem.js';

const TYPE_BASE = 'urn:orgscan:problem:';
/** Postgres restarts and failovers take seconds; clients come back then rather than hammering. */
export const STORE_RETRY_AFTER_SECONDS = 5;

export function sendProblem(
  reply: FastifyReply,
  problem: Omit<Problem, 'type'> & { type: string },
): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({ ...problem, type: `${TYPE_BASE}${problem.type}`, instance: reply.request.url });
}

/**
 * Errors Fastify raises before routing (Fastify's `frameworkErrors` option): a path that is not valid
 * percent-encoded UTF-8, a path parameter longer than the router accepts. Same problem shape as the rest.
 */
export function frameworkProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendProblem(reply, {
      type: 'uri-too-long',
      title: 'URI Too Long',
      status: 414,
      detail: 'A path parameter is longer than any id the API uses',
    });
    return;
  }
  sendProblem(reply, {
    type: 'invalid-request',
    title: 'Invalid request',
    status: 400,
    detail:
      error.code === 'FST_ERR_BAD_URL'
        ? 'The path is not valid percent-encoded UTF-8'
        : 'The request could not be routed',
  });
}

const CLIENT_ERRORS: Record<string, { status: number; title: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    title: 'Request Header Fields Too Large',
    detail: 'The request line and headers exceed the size the server accepts',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    title: 'Request Timeout',
    detail: 'The request was not received in time',
  },
};

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (Fastify's `clientErrorHandler` option):
 * headers or request line too large, timeouts, malformed HTTP. Answered on the raw socket, as a problem.
 */
export function clientErrorProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = CLIENT_ERRORS[error.code ?? ''] ?? {
    status: 400,
    title: 'Bad Request',
    detail: 'The request is not valid HTTP',
  };
  const body = JSON.stringify({ type: `${TYPE_BASE}client-error`, ...known });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${known.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** `body.checks[1]` style names from Ajv's JSON pointers, plus the unknown or missing property itself. */
function fieldOf(context: string | undefined, issue: ValidationIssue): string {
  const path = issue.instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');
  const extra = issue.params?.additionalProperty ?? issue.params?.missingProperty;
  return `${context ?? 'request'}${path}${typeof extra === 'string' ? `.${extra}` : ''}`;
}

function describe(issue: ValidationIssue): string {
  if (typeof issue.params?.additionalProperty === 'string') return 'is not a known field';
  return issue.message ?? 'is invalid';
}

/**
 * One error shape for the whole API (application/problem+json). Client errors say precisely what is wrong;
 * 5xx bodies say nothing internal, only a reference to the log line.
 */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, {
      type: 'not-found',
      title: 'Not Found',
      status: 404,
      detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const errors = (error.validation as ValidationIssue[]).map((issue) => ({
        field: fieldOf(error.validationContext, issue),
        message: describe(issue),
      }));
      return sendProblem(reply, {
        type: 'invalid-request',
        title: 'Invalid request',
        status: 400,
        detail: errors.map((entry) => `${entry.field} ${entry.message}`).join('; '),
        errors,
      });
    }
    if (error instanceof ConflictError) {
      return sendProblem(reply, { type: 'conflict', title: 'Conflict', status: 409, detail: error.message });
    }
    if (error instanceof FindingsExpiredError) {
      return sendProblem(reply, {
        type: 'findings-expired',
        title: 'Gone',
        status: 410,
        detail: error.message,
      });
    }
    if (error instanceof NotFoundError) {
      return sendProblem(reply, {
        type: 'not-found',
        title: 'Not Found',
        status: 404,
        detail: error.message,
      });
    }
    if (error instanceof InvalidRequestError) {
      return sendProblem(reply, {
        type: 'invalid-request',
        title: 'Invalid request',
        status: 400,
        detail: error.message,
        // A field is in the body unless it names another place (`querystring.x`, `params.x`).
        errors: [
          {
            field: /^(querystring|params)\./.test(error.field) ? error.field : `body.${error.field}`,
            message: error.message,
          },
        ],
      });
    }
    if (error instanceof InvalidCursorError) {
      return sendProblem(reply, {
        type: 'invalid-request',
        title: 'Invalid request',
        status: 400,
        detail: error.message,
        errors: [{ field: 'querystring.cursor', message: error.message }],
      });
    }
    if (error instanceof QueueUnavailableError) {
      request.log.warn({ err: (error.cause as Error | undefined)?.message }, 'queue unavailable');
      return sendProblem(reply.header('retry-after', '5'), {
        type: 'queue-unavailable',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The job queue is unavailable; nothing was started. Retry shortly.',
      });
    }
    if (error instanceof OrganizationsUnavailableError) {
      const status = error.retryable ? 503 : 502;
      return sendProblem(status === 503 ? reply.header('retry-after', '30') : reply, {
        type: 'organizations-unavailable',
        title: status === 503 ? 'Service Unavailable' : 'Bad Gateway',
        status,
        detail: `${error.message}. Nothing was started.`,
      });
    }
    if (isStoreUnavailable(error)) {
      request.log.warn({ err: error.message }, 'store unavailable');
      return sendProblem(reply.header('retry-after', String(STORE_RETRY_AFTER_SECONDS)), {
        type: 'store-unavailable',
        title: 'Service Unavailable',
        status: 503,
        detail: 'The database is unavailable; retry shortly.',
      });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      return sendProblem(reply, {
        type: 'invalid-request',
        title: error.name === 'FastifyError' ? 'Invalid request' : error.name,
        status,
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, {
      type: 'internal',
      title: 'Internal Server Error',
      status: 500,
      detail: `The request could not be completed. Reference: ${request.id}`,
    });
  });
}
