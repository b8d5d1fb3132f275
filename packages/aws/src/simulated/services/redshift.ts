import type * as Redshift from '@aws-sdk/client-redshift';
import { simulatedError } from '../simulated-error.js';
import { redshiftRegion } from '../state/area-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Redshift>> = SimulatedAnswer<typeof Redshift, Op>;

/**
 * Simulated Amazon Redshift: the provisioned clusters of each region (`services.redshift.regions.<region>`) and
 * their audit logging status.
 */
export const simulatedRedshift = {
  DescribeClusters: (request): Answer<'DescribeClusters'> => {
    const { caller, region, input } = request;
    const clusters = redshiftRegion(caller, region).clusters ?? [];
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(clusters, input.Marker, size);
    return {
      Clusters: items.map((cluster) => ({
        ClusterIdentifier: cluster.identifier,
        ClusterStatus: 'available',
        PubliclyAccessible: cluster.publiclyAccessible ?? false,
        Encrypted: cluster.encrypted ?? true,
        AutomatedSnapshotRetentionPeriod: cluster.automatedSnapshotRetentionPeriod ?? 1,
        AllowVersionUpgrade: cluster.allowVersionUpgrade ?? true,
        EnhancedVpcRouting: cluster.enhancedVpcRouting ?? false,
        MasterUsername: cluster.masterUsername ?? 'awsuser',
        MultiAZ: cluster.multiAz ? 'Enabled' : 'Disabled',
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
  DescribeLoggingStatus: (request): Answer<'DescribeLoggingStatus'> => {
    const { caller, region, input } = request;
    const identifier = requiredParameter(input.ClusterIdentifier, 'ClusterIdentifier');
    const cluster = (redshiftRegion(caller, region).clusters ?? []).find((c) => c.identifier === identifier);
    if (!cluster) throw simulatedError('ClusterNotFound', `Cluster ${identifier} not found.`, 404);
    return cluster.auditLogging
      ? {
          LoggingEnabled: true,
          LogDestinationType: 'cloudwatch',
          LogExports: ['connectionlog', 'userlog', 'useractivitylog'],
        }
      : { LoggingEnabled: false };
  },
} satisfies SimulatedService<typeof Redshift>;
