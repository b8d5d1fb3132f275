import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { AWS_SERVICE_CLIENTS, type AwsServiceName } from './aws-services.js';
import type { AwsCommand, AwsIdentity, AwsTransport, AwsTransportSession } from './aws-transport.js';

export interface SdkTransportOptions {
  /**
   * Attempts the SDK makes per call. orgscan retries throttles and transient errors itself (so retries are
   * counted and rate-limited the same way against real and simulated AWS); 1 leaves that to orgscan.
   */
  readonly maxAttempts: number;
  /** Per-request timeout, so one stuck connection cannot hold an account scan forever. */
  readonly requestTimeoutMs: number;
}

interface SendableClient {
  send<Output extends object>(command: AwsCommand<Output>): Promise<Output>;
  destroy(): void;
}

/**
 * Real AWS through the SDK v3. Endpoints follow the SDK's own configuration, so the standard
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> variables point orgscan at any AWS-compatible endpoint.
 */
export function createSdkTransport(options: SdkTransportOptions): AwsTransport {
  return {
    openSession(identity: AwsIdentity): AwsTransportSession {
      const clients = new Map<string, SendableClient>();
      const clientFor = (region: string, service: AwsServiceName): SendableClient => {
        const key = `${service}@${region}`;
        let client = clients.get(key);
        if (!client) {
          client = createClient(service, region, identity.credentials, options);
          clients.set(key, client);
        }
        return client;
      };
      return {
        send: (region, service, command) => clientFor(region, service).send(command),
        close: () => {
          for (const client of clients.values()) client.destroy();
          clients.clear();
        },
      };
    },
  };
}

/** Client factory: region, credentials (default chain when absent), retry and timeout settings. */
export function createClient(
  service: AwsServiceName,
  region: string,
  credentials: AwsCredentialIdentityProvider | undefined,
  options: SdkTransportOptions,
): SendableClient {
  const ClientClass = AWS_SERVICE_CLIENTS[service];
  return new ClientClass({
    region,
    ...(credentials ? { credentials } : {}),
    maxAttempts: options.maxAttempts,
    // Without throwOnRequestTimeout the SDK only logs a warning when requestTimeout passes and keeps waiting.
    requestHandler: {
      requestTimeout: options.requestTimeoutMs,
      throwOnRequestTimeout: true,
      connectionTimeout: 5_000,
    },
  }) as unknown as SendableClient;
}
