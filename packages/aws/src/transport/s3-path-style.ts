import type { BuildMiddleware, MiddlewareStack } from '@smithy/types';
import type { AwsServiceName } from './aws-services.js';

/**
 * Path-style addressing for S3-compatible endpoints (AWS_ENDPOINT_URL on localhost, MinIO, ...), whose
 * host names cannot carry a bucket or account prefix:
 * - S3: the SDK's own `forcePathStyle` puts the bucket in the path (`http://localhost:9000/<bucket>`)
 *   instead of the host (`<bucket>.localhost`).
 * - S3 Control: its endpoint rules put the account id in front of the host (`<account>.localhost`) and the
 *   SDK has no setting against it (`disableHostPrefix` does not apply to endpoint rules). The account id
 *   also travels in the `x-amz-account-id` header, so the prefix is dropped from the host after endpoint
 *   resolution and before signing.
 */
export function pathStyleClientSettings(service: AwsServiceName): Record<string, unknown> {
  return service === 's3' ? { forcePathStyle: true } : {};
}

/** What this module needs of an SDK client: its middleware stack. */
interface ClientWithMiddleware {
  readonly middlewareStack: MiddlewareStack<object, object>;
}

/** Adds what the client needs beyond its settings; only S3 Control needs anything. */
export function applyPathStyle(service: AwsServiceName, client: unknown): void {
  if (service !== 's3control') return;
  (client as ClientWithMiddleware).middlewareStack.add(dropAccountHostPrefix, {
    step: 'build',
    name: 'orgscanDropAccountHostPrefix',
  });
}

const dropAccountHostPrefix: BuildMiddleware<object, object> = (next) => async (args) => {
  const accountId = (args.input as { AccountId?: unknown }).AccountId;
  const request = args.request as { hostname?: unknown; headers?: Record<string, string> };
  if (typeof accountId === 'string' && typeof request.hostname === 'string') {
    const prefix = `${accountId}.`;
    if (request.hostname.startsWith(prefix)) {
      request.hostname = request.hostname.slice(prefix.length);
      // The host header, when already set, must match what is signed and sent.
      if (request.headers?.host) request.headers.host = request.headers.host.slice(prefix.length);
    }
  }
  return next(args);
};
