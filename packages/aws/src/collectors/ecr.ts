import {
  DescribeRepositoriesCommand,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import type { EcrRegistryScanning, EcrRepository } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { nullWhen, readField } from './read-field.js';

/**
 * The region's private ECR repositories (DescribeRepositories, all pages), each with whether it has a
 * lifecycle policy (GetLifecyclePolicy: LifecyclePolicyNotFoundException means none).
 */
export const ecrRepositoriesCollector: RegionalCollector<'ecr.repositories'> = {
  slice: 'ecr.repositories',
  collect: ({ api, region }) =>
    collectList({
      listPage: (token) =>
        api.call(region, 'ecr', new DescribeRepositoriesCommand({ maxResults: 1000, nextToken: token })),
      nextToken: (page) => page.nextToken,
      items: (page) => page.repositories,
      entry: async (repository): Promise<EcrRepository | null> => {
        const { repositoryArn: arn, repositoryName: name } = repository;
        if (!arn || !name) return null;
        const hasLifecyclePolicy = await readField('ecr:GetLifecyclePolicy', async () => {
          const policy = await nullWhen(['LifecyclePolicyNotFoundException'], () =>
            api.call(
              region,
              'ecr',
              new GetLifecyclePolicyCommand({ repositoryName: name, registryId: repository.registryId }),
            ),
          );
          return policy !== null;
        });
        if (!hasLifecyclePolicy.ok && hasLifecyclePolicy.code === 'RepositoryNotFoundException') return null; // deleted since the listing
        return {
          arn,
          name,
          imageTagMutability: repository.imageTagMutability ?? 'MUTABLE',
          scanOnPush: repository.imageScanningConfiguration?.scanOnPush === true,
          hasLifecyclePolicy,
        };
      },
    }),
};

/** The private registry's scanning configuration in the region: its scan type and rules. */
export const ecrRegistryScanningCollector: RegionalCollector<'ecr.registryScanning'> = {
  slice: 'ecr.registryScanning',
  collect: async ({ api, region }): Promise<EcrRegistryScanning> => {
    const { scanningConfiguration: configuration } = await api.call(
      region,
      'ecr',
      new GetRegistryScanningConfigurationCommand({}),
    );
    return {
      scanType: configuration?.scanType ?? 'BASIC',
      rules: (configuration?.rules ?? []).map((rule) => ({
        scanFrequency: rule.scanFrequency ?? 'MANUAL',
        repositoryFilters: (rule.repositoryFilters ?? []).flatMap((filter) =>
          filter.filter ? [filter.filter] : [],
        ),
      })),
    };
  },
};
