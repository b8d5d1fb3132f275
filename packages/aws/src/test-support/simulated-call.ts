import { SIMULATED_SERVICES } from '../simulated/services/index.js';
import type { SimulatedRequest } from '../simulated/services/simulated-service.js';
import type { AwsServiceName } from '../transport/aws-services.js';

/**
 * Calls one simulated operation (`service:Operation`) directly, without the transport's routing, region
 * and fault rules: for tests of one handler's answers.
 */
export function callSimulated(operation: string, request: SimulatedRequest<object>) {
  const [service, name] = operation.split(':') as [AwsServiceName, string];
  const handler = SIMULATED_SERVICES[service]?.[name];
  if (!handler) throw new Error(`no simulated handler for ${operation}`);
  // biome-ignore lint/suspicious/noExplicitAny: each test reads its operation's own output shape
  return handler(request as SimulatedRequest<never>) as any;
}
