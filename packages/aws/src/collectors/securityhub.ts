import { DescribeHubCommand } from '@aws-sdk/client-securityhub';
import { AwsCallError } from '../aws-error.js';
import type { RegionalCollector } from './collector.js';

/**
 * The region's hub, or null when the account is not subscribed: AWS answers InvalidAccessException
 * "Account <id> is not subscribed to AWS Security Hub". Any other InvalidAccessException stays an error.
 */
export const securityHubHubCollector: RegionalCollector<'securityhub.hub'> = {
  slice: 'securityhub.hub',
  async collect({ api, region }) {
    try {
      const hub = await api.call(region, 'securityhub', new DescribeHubCommand({}));
      if (!hub.HubArn) return null;
      return { hubArn: hub.HubArn, subscribedAt: hub.SubscribedAt ?? null };
    } catch (error) {
      if (
        error instanceof AwsCallError &&
        error.code === 'InvalidAccessException' &&
        /not subscribed/i.test(error.message)
      ) {
        return null;
      }
      throw error;
    }
  },
};
