import type * as Efs from '@aws-sdk/client-efs';
import { dataRegion } from '../state/area-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Efs>> = SimulatedAnswer<typeof Efs, Op>;

/** Simulated EFS: the file systems of each region (`services.data.regions.<region>.fileSystems`). */
export const simulatedEfs = {
  DescribeFileSystems: (request): Answer<'DescribeFileSystems'> => {
    const { caller, region, input, now } = request;
    const fileSystems = dataRegion(request.caller, request.region).fileSystems ?? [];
    const size = boundedPageSize(input.MaxItems, 100, 1, 100, 'MaxItems');
    const { items, next } = page(fileSystems, input.Marker, size);
    return {
      ...(input.Marker ? { Marker: input.Marker } : {}),
      FileSystems: items.map((fileSystem) => ({
        OwnerId: caller.id,
        CreationToken: fileSystem.id,
        FileSystemId: fileSystem.id,
        FileSystemArn: `arn:aws:elasticfilesystem:${region}:${caller.id}:file-system/${fileSystem.id}`,
        CreationTime: now,
        LifeCycleState: 'available',
        NumberOfMountTargets: 0,
        SizeInBytes: { Value: 6144 },
        PerformanceMode: 'generalPurpose',
        Encrypted: fileSystem.encrypted,
        ...(fileSystem.name ? { Name: fileSystem.name } : {}),
        Tags: fileSystem.name ? [{ Key: 'Name', Value: fileSystem.name }] : [],
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
} satisfies SimulatedService<typeof Efs>;
