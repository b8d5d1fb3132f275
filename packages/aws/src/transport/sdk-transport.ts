import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { AWS_SERVICES, type AwsServiceName, type SendableClient } from './aws-services.js';
import type { AwsIdentity, AwsTransport, AwsTransportSession } from './aws-transport.js';
import { applyPathStyle, pathStyleClientSettings } from './s3-path-style.js';

export interface SdkTransportOptions {
  /**
   * Attempts the SDK makes per call. orgscan retries throttles and transient errors itself (so retries are
   * counted and rate-limited the same way against real and simulated AWS); 1 leaves that to orgscan.
   */
  readonly maxAttempts: number;
  /** Per-request timeout, so one stuck connection cannot hold an account scan forever. */
  readonly requestTimeoutMs: number;
  /**
   * Path-style S3 addressing (bucket in the path, no account prefix on S3 Control hosts), for S3-compatible
   * endpoints whose host names cannot take a prefix; absent or false: virtual-hosted, as AWS prefers.
   */
  readonly s3ForcePathStyle?: boolean;
}

/**
 * Real AWS through the SDK v3. Endpoints follow the SDK's own configuration, so the standard
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> variables point orgscan at any AWS-compatible endpoint.
 */
export function createSdkTransport(options: SdkTransportOptions): AwsTransport {
  return {
    openSession(identity: AwsIdentity): AwsTransportSession {
      // Promises, so concurrent first calls of a service share one client (and one SDK load).
      const clients = new Map<string, Promise<SendableClient>>();
      const clientFor = (region: string, service: AwsServiceName): Promise<SendableClient> => {
        const key = `${service}@${region}`;
        let client = clients.get(key);
        if (!client) {
          client = createClient(service, region, identity.credentials, options);
          clients.set(key, client);
        }
        return client;
      };
      return {
        send: async (region, service, command) => (await clientFor(region, service)).send(command),
        close: () => {
          // A client that failed to load already failed its calls: nothing to release.
          for (const client of clients.values())
            void client.then(
              (created) => created.destroy(),
              () => {},
            );
          clients.clear();
        },
      };
    },
  };
}

/**
 * Client factory: region, credentials (default chain when absent), retry and timeout settings. The client's
 * SDK package is loaded here, on the service's first call.
 */
export async function createClient(
  service: AwsServiceName,
  region: string,
  credentials: AwsCredentialIdentityProvider | undefined,
  options: SdkTransportOptions,
): Promise<SendableClient> {
  const ClientClass = await AWS_SERVICES[service].loadClient();
  const client = new ClientClass({
    region,
    ...(credentials ? { credentials } : {}),
    maxAttempts: options.maxAttempts,
    // Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes and keeps waiting.
    requestHandler: {
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true,
      connectionTimeout: 5_000,
    },
    ...(options.s3ForcePathStyle ? pathStyleClientSettings(service) : {}),
  });
  if (options.s3ForcePathStyle) applyPathStyle(service, client);
  return client as SendableClient;
}
