import type * as Ecr from '@aws-sdk/client-ecr';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedEcrRepository } from '../state/ecr-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Ecr>> = SimulatedAnswer<typeof Ecr, Op>;

function repositoriesOf({ caller, region }: SimulatedRequest): readonly SimulatedEcrRepository[] {
  return caller.services?.ecr?.regions?.[region]?.repositories ?? [];
}

/** Simulated ECR: the private repositories of each region (`services.ecr.regions.<region>`). */
export const simulatedEcr = {
  DescribeRepositories: (request): Answer<'DescribeRepositories'> => {
    const { caller, region, input, now } = request;
    const size = boundedPageSize(input.maxResults, 100, 1, 1000, 'maxResults');
    const { items, next } = page(repositoriesOf(request), input.nextToken, size);
    return {
      repositories: items.map((repository) => ({
        repositoryArn: `arn:aws:ecr:${region}:${caller.id}:repository/${repository.name}`,
        registryId: caller.id,
        repositoryName: repository.name,
        repositoryUri: `${caller.id}.dkr.ecr.${region}.amazonaws.com/${repository.name}`,
        createdAt: now,
        imageTagMutability: repository.imageTagMutability ?? 'MUTABLE',
        imageScanningConfiguration: { scanOnPush: repository.scanOnPush ?? false },
        encryptionConfiguration: { encryptionType: 'AES256' },
      })),
      ...(next ? { nextToken: next } : {}),
    };
  },
  GetLifecyclePolicy: (request): Answer<'GetLifecyclePolicy'> => {
    const name = requiredParameter(request.input.repositoryName, 'repositoryName');
    const repository = repositoriesOf(request).find((candidate) => candidate.name === name);
    const registryId = request.caller.id;
    if (!repository) {
      throw simulatedError(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${registryId}'`,
      );
    }
    if (!repository.lifecyclePolicy) {
      throw simulatedError(
        'LifecyclePolicyNotFoundException',
        `Lifecycle policy does not exist for the repository with name '${name}' in the registry with id '${registryId}'`,
      );
    }
    return {
      registryId,
      repositoryName: name,
      lifecyclePolicyText: JSON.stringify(repository.lifecyclePolicy),
      lastEvaluatedAt: request.now,
    };
  },
  GetRegistryScanningConfiguration: (request): Answer<'GetRegistryScanningConfiguration'> => {
    const { caller, region } = request;
    const configuration = caller.services?.ecr?.regions?.[region]?.registryScanning ?? {
      scanType: 'BASIC',
      rules: [],
    };
    return {
      registryId: caller.id,
      scanningConfiguration: {
        scanType: configuration.scanType,
        rules: configuration.rules.map((rule) => ({
          scanFrequency: rule.scanFrequency,
          repositoryFilters: rule.repositoryFilters.map((filter) => ({ filter, filterType: 'WILDCARD' })),
        })),
      },
    };
  },
} satisfies SimulatedService<typeof Ecr>;
