import { simulatedError } from '../simulated-error.js';
import type { SimulatedHandler } from './handler.js';

/** organizations:ListTagsForResource for accounts, from each account's `tags` in the description. */
export const organizationTagHandlers: Record<string, SimulatedHandler> = {
  'organizations:ListTagsForResource': ({ org, caller, input }) => {
    if (caller.id !== org.managementAccountId) {
      throw simulatedError('AccessDeniedException', 'You don’t have permissions to access this resource.');
    }
    const account = org.accounts.find((candidate) => candidate.id === input.ResourceId);
    if (!account) {
      throw simulatedError('TargetNotFoundException', `We can't find a resource with ${input.ResourceId}.`);
    }
    return { Tags: Object.entries(account.tags ?? {}).map(([Key, Value]) => ({ Key, Value })) };
  },
};
