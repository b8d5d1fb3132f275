import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = ReturnType<typeof createClient<paths>>;

/** What the client needs of the session: the CSRF token of the signed-in session (null: none yet). */
export interface CsrfSource {
  csrfToken(): string | null;
}

/** An answer that is not a success, with the API's problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly fields: ReadonlyArray<{ field: string; message: string }> = [],
  ) {
    super(detail);
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiClientOptions {
  readonly session: CsrfSource;
  /** Called when the API answers 401 (no session, or it ended): the app goes to the sign-in page. */
  readonly onUnauthorized: () => void;
  readonly fetch?: typeof fetch;
  readonly baseUrl?: string;
}

/**
 * The typed client of the orgscan API (types generated from its OpenAPI document). Requests carry the
 * session cookie (same origin); every change also carries the session's CSRF token. The API key is never
 * held here: only the server-side session behind the HttpOnly cookie.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'same-origin',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const session: Middleware = {
    onRequest({ request }) {
      const token = options.session.csrfToken();
      if (!READS.has(request.method) && token) request.headers.set('x-csrf-token', token);
      return request;
    },
    onResponse({ request, response }) {
      const signingIn = request.method === 'POST' && new URL(request.url).pathname === '/v1/sessions';
      if (response.status === 401 && !signingIn) options.onUnauthorized();
      return response;
    },
  };
  client.use(session);
  return client;
}

interface Problem {
  readonly detail?: string;
  readonly title?: string;
  readonly errors?: ReadonlyArray<{ field: string; message: string }>;
}

/** The data of a successful answer, or an ApiError carrying the problem's detail. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const problem = (error ?? {}) as Problem;
  throw new ApiError(
    response.status,
    problem.detail ?? problem.title ?? `${response.status} ${response.statusText}`,
    problem.errors ?? [],
  );
}
