import type * as S3Control from '@aws-sdk/client-s3-control';
import { simulatedError } from '../simulated-error.js';
import { publicAccessBlockConfiguration } from './s3.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof S3Control>> = SimulatedAnswer<typeof S3Control, Op>;

/** Simulated S3 Control: the account-level Block Public Access (`services.data.accountPublicAccessBlock`). */
export const simulatedS3Control = {
  /** The account-level setting; only the caller's own account may be asked. */
  GetPublicAccessBlock: ({ caller, input }): Answer<'GetPublicAccessBlock'> => {
    if (input.AccountId !== caller.id) throw simulatedError('AccessDenied', 'Access Denied', 403);
    const block = caller.services?.data?.accountPublicAccessBlock;
    if (!block) {
      throw simulatedError(
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
        404,
      );
    }
    return { PublicAccessBlockConfiguration: publicAccessBlockConfiguration(block) };
  },
} satisfies SimulatedService<typeof S3Control>;
