import type * as Rds from '@aws-sdk/client-rds';
import { dataRegion } from '../state/area-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Rds>> = SimulatedAnswer<typeof Rds, Op>;

/** Simulated RDS: the DB instances of each region (`services.data.regions.<region>.dbInstances`). */
export const simulatedRds = {
  DescribeDBInstances: (request): Answer<'DescribeDBInstances'> => {
    const { caller, region, input } = request;
    const instances = dataRegion(request.caller, request.region).dbInstances ?? [];
    const size = boundedPageSize(input.MaxRecords, 100, 20, 100, 'MaxRecords');
    const { items, next } = page(instances, input.Marker, size);
    return {
      DBInstances: items.map((instance) => ({
        DBInstanceIdentifier: instance.identifier,
        DBInstanceArn: `arn:aws:rds:${region}:${caller.id}:db:${instance.identifier}`,
        DBInstanceStatus: 'available',
        Engine: instance.engine,
        ...(instance.clusterIdentifier ? { DBClusterIdentifier: instance.clusterIdentifier } : {}),
        StorageEncrypted: instance.storageEncrypted,
        AutoMinorVersionUpgrade: instance.autoMinorVersionUpgrade,
        PubliclyAccessible: instance.publiclyAccessible,
        MultiAZ: instance.multiAz,
      })),
      ...(next ? { Marker: next } : {}),
    };
  },
} satisfies SimulatedService<typeof Rds>;
