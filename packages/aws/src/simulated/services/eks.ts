import type * as Eks from '@aws-sdk/client-eks';
import { calendarVersions, DEFAULT_EKS_VERSION } from '../eks-release-calendar.js';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedEksCluster, SimulatedEksLogType } from '../state/eks-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Eks>> = SimulatedAnswer<typeof Eks, Op>;

const LOG_TYPES: readonly SimulatedEksLogType[] = [
  'api',
  'audit',
  'authenticator',
  'controllerManager',
  'scheduler',
];

function clustersOf({ caller, region }: SimulatedRequest): readonly SimulatedEksCluster[] {
  return caller.services?.eks?.regions?.[region]?.clusters ?? [];
}

/** DescribeCluster's logging: one entry for the enabled types, one for the disabled ones, as EKS answers. */
function loggingOf(cluster: SimulatedEksCluster): Eks.Logging {
  const enabled = LOG_TYPES.filter((type) => cluster.enabledLogTypes?.includes(type));
  const disabled = LOG_TYPES.filter((type) => !enabled.includes(type));
  return {
    clusterLogging: [
      ...(enabled.length > 0 ? [{ types: enabled, enabled: true }] : []),
      ...(disabled.length > 0 ? [{ types: disabled, enabled: false }] : []),
    ],
  };
}

/** Simulated EKS: the clusters of each region (`services.eks.regions.<region>`). */
export const simulatedEks = {
  ListClusters: (request): Answer<'ListClusters'> => {
    const size = boundedPageSize(request.input.maxResults, 100, 1, 100, 'maxResults');
    const { items, next } = page(clustersOf(request), request.input.nextToken, size);
    return { clusters: items.map((cluster) => cluster.name), ...(next ? { nextToken: next } : {}) };
  },
  DescribeCluster: (request): Answer<'DescribeCluster'> => {
    const { caller, region, now } = request;
    const name = requiredParameter(request.input.name, 'name');
    const cluster = clustersOf(request).find((candidate) => candidate.name === name);
    if (!cluster)
      throw simulatedError('ResourceNotFoundException', `No cluster found for name: ${name}.`, 404);
    const publicAccess = cluster.endpointPublicAccess ?? true;
    return {
      cluster: {
        name,
        arn: `arn:aws:eks:${region}:${caller.id}:cluster/${name}`,
        createdAt: now,
        version: cluster.version ?? DEFAULT_EKS_VERSION,
        status: 'ACTIVE',
        roleArn: `arn:aws:iam::${caller.id}:role/eks-cluster-${name}`,
        resourcesVpcConfig: {
          endpointPublicAccess: publicAccess,
          // EKS refuses to turn off both endpoints: a cluster without a public one has a private one.
          endpointPrivateAccess: !publicAccess,
          publicAccessCidrs: publicAccess ? ['0.0.0.0/0'] : [],
        },
        logging: loggingOf(cluster),
        ...(cluster.secretsKmsKeyArn
          ? { encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: cluster.secretsKmsKeyArn } }] }
          : {}),
      },
    };
  },
  /**
   * The release calendar (the same in every account and region): the versions asked for, or all; versions
   * out of support only with includeAll, which EKS refuses together with clusterVersions.
   */
  DescribeClusterVersions: (request): Answer<'DescribeClusterVersions'> => {
    const { clusterVersions: asked, includeAll, maxResults, nextToken } = request.input;
    if (includeAll === true && asked !== undefined && asked.length > 0) {
      throw simulatedError(
        'InvalidParameterException',
        'includeAll and clusterVersions cannot be specified together.',
        400,
      );
    }
    const size = boundedPageSize(maxResults, 100, 1, 100, 'maxResults');
    const listed = calendarVersions().filter(
      (version) =>
        (includeAll === true || version.versionStatus !== 'UNSUPPORTED') &&
        (asked === undefined || asked.length === 0 || asked.includes(version.clusterVersion ?? '')),
    );
    const { items, next } = page(listed, nextToken, size);
    return { clusterVersions: items, ...(next ? { nextToken: next } : {}) };
  },
} satisfies SimulatedService<typeof Eks>;
