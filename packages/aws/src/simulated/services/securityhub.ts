import type * as SecurityHub from '@aws-sdk/client-securityhub';
import { simulatedError } from '../simulated-error.js';
import { governanceOf, inRegions } from '../state/area-state.js';
import { daysBefore } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof SecurityHub>> = SimulatedAnswer<typeof SecurityHub, Op>;

/** Simulated Security Hub: subscribed in the regions of `services.governance.securityHubRegions`. */
export const simulatedSecurityHub = {
  DescribeHub: ({ caller, region, now }): Answer<'DescribeHub'> => {
    if (!inRegions(governanceOf(caller).securityHubRegions, region)) {
      throw simulatedError(
        'InvalidAccessException',
        `Account ${caller.id} is not subscribed to AWS Security Hub`,
        401,
      );
    }
    return {
      HubArn: `arn:aws:securityhub:${region}:${caller.id}:hub/default`,
      SubscribedAt: daysBefore(now, 250).toISOString(),
      AutoEnableControls: true,
      ControlFindingGenerator: 'SECURITY_CONTROL',
    };
  },
} satisfies SimulatedService<typeof SecurityHub>;
