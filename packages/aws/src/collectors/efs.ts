import { DescribeFileSystemsCommand } from '@aws-sdk/client-efs';
import type { EfsFileSystem } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

/** The region's EFS file systems (DescribeFileSystems, all pages). */
export const efsFileSystemsCollector: RegionalCollector<'efs.fileSystems'> = {
  slice: 'efs.fileSystems',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) => api.call(region, 'efs', new DescribeFileSystemsCommand({ MaxItems: 100, Marker: marker })),
      (page) => page.NextMarker,
    );
    return pages
      .flatMap((page) => page.FileSystems ?? [])
      .flatMap((fileSystem): EfsFileSystem[] =>
        fileSystem.FileSystemArn && fileSystem.FileSystemId
          ? [
              {
                arn: fileSystem.FileSystemArn,
                id: fileSystem.FileSystemId,
                name: fileSystem.Name ?? null,
                encrypted: fileSystem.Encrypted ?? false,
              },
            ]
          : [],
      );
  },
};
