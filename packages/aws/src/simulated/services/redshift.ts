import type * as Redshift from '@aws-sdk/client-redshift';
import { redshiftRegion } from '../state/area-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Redshift>> = SimulatedAnswer<typeof Redshift, Op>;

/** Simulated Amazon Redshift: the provisioned clusters of each region (`services.redshift.regions.<region>`). */
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
} satisfies SimulatedService<typeof Redshift>;
