import type { CheckDefinition } from '@orgscan/checks';
import { type CheckSelection, CheckSelectionError, selectChecks as select } from '@orgscan/scanner';
import { InvalidRequestError } from '../errors.js';

export type { CheckSelection } from '@orgscan/scanner';

/**
 * The checks a scan runs (see @orgscan/scanner's selectChecks, shared with the command line); a selection
 * at fault is an InvalidRequestError naming its field, which the api answers with 400.
 */
export function selectChecks(all: readonly CheckDefinition[], selection: CheckSelection): CheckDefinition[] {
  try {
    return select(all, selection);
  } catch (error) {
    if (error instanceof CheckSelectionError) throw new InvalidRequestError(error.message, error.field);
    throw error;
  }
}
