import type { AwsCredentialIdentityProvider, Command } from '@smithy/types';
import type { AwsServiceName } from './aws-services.js';

// biome-ignore lint/suspicious/noExplicitAny: SDK commands are generic over their client's config types
export type AwsCommand<Output extends object> = Command<any, any, any, Output, any>;

/** Who the calls are made as: the scanner's own credentials (default chain) or an assumed member role. */
export interface AwsIdentity {
  /** The account the identity belongs to, when known (always known for assumed roles). */
  readonly accountId: string | null;
  /** Absent: the SDK's default credential chain. */
  readonly credentials?: AwsCredentialIdentityProvider;
  /** Drops cached credentials so the next call fetches fresh ones (called after ExpiredToken). */
  readonly invalidateCredentials?: () => void;
}

/** Calls made as one identity. close() releases the connections and clients it opened. */
export interface AwsTransportSession {
  send<Output extends object>(
    region: string,
    service: AwsServiceName,
    command: AwsCommand<Output>,
  ): Promise<Output>;
  close(): void;
}

/**
 * The one seam between orgscan and AWS: the SDK transport sends real requests, the simulated AWS answers
 * from an organization description. Everything above it (limits, retries, counting, collectors) is shared.
 */
export interface AwsTransport {
  openSession(identity: AwsIdentity): AwsTransportSession;
}

/** The operation name of an SDK command (GetAccountSummaryCommand → GetAccountSummary). */
export function operationName(command: { readonly input: unknown }): string {
  return command.constructor.name.replace(/Command$/, '');
}
