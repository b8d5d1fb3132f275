import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import type { GlobalCollector } from './collector.js';
import { nullWhen } from './read-field.js';
import { publicAccessBlock } from './s3.js';

/** The account-level S3 Block Public Access; null when the account never configured it. */
export const s3ControlPublicAccessBlockCollector: GlobalCollector<'s3control.publicAccessBlock'> = {
  slice: 's3control.publicAccessBlock',
  collect: ({ api, region, accountId }) =>
    nullWhen(['NoSuchPublicAccessBlockConfiguration'], async () => {
      const output = await api.call(
        region,
        's3control',
        new GetPublicAccessBlockCommand({ AccountId: accountId }),
      );
      return publicAccessBlock(output.PublicAccessBlockConfiguration);
    }),
};
