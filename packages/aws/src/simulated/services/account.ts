import type * as Account from '@aws-sdk/client-account';
import { simulatedError } from '../simulated-error.js';
import { governanceOf } from '../state/area-state.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Account>> = SimulatedAnswer<typeof Account, Op>;

/** Simulated Account Management: the security alternate contact (`services.governance.securityContactEmail`). */
export const simulatedAccount = {
  GetAlternateContact: ({ caller, input }): Answer<'GetAlternateContact'> => {
    const email = governanceOf(caller).securityContactEmail;
    if (input.AlternateContactType !== 'SECURITY' || email === undefined) {
      throw simulatedError(
        'ResourceNotFoundException',
        'No contact of the inputted alternate contact type found.',
        404,
      );
    }
    return {
      AlternateContact: {
        AlternateContactType: 'SECURITY',
        EmailAddress: email,
        Name: 'Security team',
        PhoneNumber: '+1-555-0100',
        Title: 'Security',
      },
    };
  },
} satisfies SimulatedService<typeof Account>;
