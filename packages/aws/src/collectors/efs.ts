import { DescribeFileSystemsCommand } from '@aws-sdk/client-efs';
import type { EfsFileSystem } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** The region's EFS file systems (DescribeFileSystems, all pages). */
export const efsFileSystemsCollector: RegionalCollector<'efs.fileSystems'> = {
  slice: 'efs.fileSystems',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'efs', new DescribeFileSystemsCommand({ MaxItems: 100, Marker: marker })),
      nextToken: (page) => page.NextMarker,
      items: (page) => page.FileSystems,
      entry: (fileSystem): EfsFileSystem | null =>
        fileSystem.FileSystemArn && fileSystem.FileSystemId
          ? {
              arn: fileSystem.FileSystemArn,
              id: fileSystem.FileSystemId,
              name: fileSystem.Name ?? null,
              encrypted: fileSystem.Encrypted ?? false,
            }
          : null,
    }),
};
