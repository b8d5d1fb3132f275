import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand } from '@aws-sdk/client-sagemaker';
import type { SagemakerNotebookInstance } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { readField } from './read-field.js';

/**
 * The region's SageMaker notebook instances (ListNotebookInstances, all pages), each described by
 * DescribeNotebookInstance: internet access, subnet, root access and platform.
 */
export const sagemakerNotebookInstancesCollector: RegionalCollector<'sagemaker.notebookInstances'> = {
  slice: 'sagemaker.notebookInstances',
  collect: ({ api, region }) =>
    collectList({
      listPage: (token) =>
        api.call(
          region,
          'sagemaker',
          new ListNotebookInstancesCommand({ MaxResults: 100, NextToken: token }),
        ),
      nextToken: (page) => page.NextToken,
      items: (page) => page.NotebookInstances,
      entry: async (summary): Promise<SagemakerNotebookInstance | null> => {
        const { NotebookInstanceArn: arn, NotebookInstanceName: name } = summary;
        if (!arn || !name) return null;
        const settings = await readField('sagemaker:DescribeNotebookInstance', async () => {
          const instance = await api.call(
            region,
            'sagemaker',
            new DescribeNotebookInstanceCommand({ NotebookInstanceName: name }),
          );
          return {
            directInternetAccess: instance.DirectInternetAccess === 'Enabled',
            subnetId: instance.SubnetId || null,
            rootAccess: instance.RootAccess === 'Enabled',
            platformIdentifier: instance.PlatformIdentifier || null,
          };
        });
        return { arn, name, settings };
      },
    }),
};
