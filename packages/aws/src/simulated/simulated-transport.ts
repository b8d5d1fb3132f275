import type { RateLimitRules } from '../rate-limit-rules.js';
import { type AwsServiceName, GLOBAL_SERVICES } from '../transport/aws-services.js';
import type { AwsTransport, AwsTransportSession } from '../transport/aws-transport.js';
import { operationName } from '../transport/aws-transport.js';
import type { SimulatedAccount, SimulatedOrg } from './org-description.js';
import { SIMULATED_SERVICES } from './services/index.js';
import { SIMULATED_KEY_PREFIX } from './services/sts.js';
import { simulatedError } from './simulated-error.js';
import { SimulatedRateLimits } from './simulated-rate-limits.js';

/** A fault to inject: every matching call fails with `code` (with probability `rate`, default always). */
export interface FaultRule {
  readonly accountId?: string;
  readonly region?: string;
  /** `service:Operation`, e.g. `iam:GetCredentialReport`. */
  readonly operation?: string;
  readonly code: string;
  readonly httpStatus?: number;
  readonly rate?: number;
}

export interface SimulatorKnobs {
  /** Added to every call, like the network round trip to AWS. */
  readonly latencyMs: number;
  /** Probability in [0, 1] that a call is answered with the service's throttling error. */
  readonly throttleRate: number;
  readonly faults: readonly FaultRule[];
  /** AWS-like rate limits to enforce (throttling beyond them); absent: no enforcement. */
  readonly awsLimits?: RateLimitRules | null;
}

export interface SimulatedAwsOptions {
  readonly org: SimulatedOrg;
  readonly knobs: SimulatorKnobs;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

const THROTTLE_CODE: Readonly<Record<string, string>> = {
  ec2: 'RequestLimitExceeded',
  organizations: 'TooManyRequestsException',
};

/**
 * The simulated AWS: the same AwsTransport interface as the SDK transport, answered from an organization
 * description. Calls are made "as" the account whose (simulated) credentials the session holds, so role
 * assumption, SCP-denied and disabled regions behave as in a real organization.
 */
export function createSimulatedTransport(options: SimulatedAwsOptions): AwsTransport {
  const { org, knobs } = options;
  const accounts = new Map(org.accounts.map((account) => [account.id, account]));
  const optInRegions = new Set(org.regions.filter((region) => region.optIn).map((region) => region.name));
  const knownRegions = new Set(org.regions.map((region) => region.name));
  const limits = knobs.awsLimits ? new SimulatedRateLimits(knobs.awsLimits) : null;

  const callerOf = async (credentials: (() => Promise<{ accessKeyId: string }>) | undefined) => {
    if (!credentials) return accounts.get(org.managementAccountId)!;
    const { accessKeyId } = await credentials();
    const account = accessKeyId.startsWith(SIMULATED_KEY_PREFIX)
      ? accounts.get(accessKeyId.slice(SIMULATED_KEY_PREFIX.length))
      : undefined;
    if (!account)
      throw simulatedError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
        403,
      );
    return account;
  };

  const checkRegion = (caller: SimulatedAccount, region: string, service: string) => {
    if (GLOBAL_SERVICES.has(service as never)) return;
    if (!knownRegions.has(region)) {
      throw simulatedError('UnknownEndpoint', `Inaccessible host: ${service}.${region}.amazonaws.com`, 400);
    }
    if (optInRegions.has(region) && !caller.optInRegionsEnabled.includes(region)) {
      throw simulatedError(
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
        403,
      );
    }
    if (service !== 'sts' && caller.scpDeniedRegions.includes(region)) {
      throw simulatedError(
        'AccessDenied',
        `User is not authorized to perform this action in ${region} with an explicit deny in a service control policy`,
        403,
      );
    }
  };

  const injectFault = (caller: SimulatedAccount, region: string, operation: string) => {
    for (const fault of knobs.faults) {
      if (fault.accountId !== undefined && fault.accountId !== caller.id) continue;
      if (fault.region !== undefined && fault.region !== region) continue;
      if (fault.operation !== undefined && fault.operation !== operation) continue;
      if (fault.rate !== undefined && options.random() >= fault.rate) continue;
      throw simulatedError(
        fault.code,
        `simulated fault ${fault.code} on ${operation}`,
        fault.httpStatus ?? 400,
      );
    }
  };

  return {
    openSession(identity): AwsTransportSession {
      return {
        async send(region, service, command) {
          const operation = `${service}:${operationName(command)}`;
          if (knobs.latencyMs > 0) await options.sleep(knobs.latencyMs);
          const caller = await callerOf(identity.credentials as never);
          const handler = SIMULATED_SERVICES[service][operationName(command)];
          if (!handler) throw new Error(`the simulated AWS does not implement ${operation}`);
          const overLimit =
            limits !== null &&
            !limits.tryTake(
              {
                accountId: caller.id,
                region,
                service: service as AwsServiceName,
                operation: operationName(command),
              },
              options.now().getTime(),
            );
          if (overLimit || (knobs.throttleRate > 0 && options.random() < knobs.throttleRate)) {
            throw simulatedError(THROTTLE_CODE[service] ?? 'Throttling', 'Rate exceeded', 400);
          }
          checkRegion(caller, region, service);
          injectFault(caller, region, operation);
          const input = command.input as never; // the command's own input: handlers are typed per operation
          // biome-ignore lint/suspicious/noExplicitAny: the handler answers the command's own output shape
          return handler({ org, caller, region, input, now: options.now() }) as any;
        },
        close() {},
      };
    },
  };
}
