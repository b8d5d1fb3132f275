import type * as Opensearch from '@aws-sdk/client-opensearch';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedOpensearchDomain } from '../state/opensearch-state.js';
import { requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Opensearch>> = SimulatedAnswer<typeof Opensearch, Op>;

function domainsOf({ caller, region }: SimulatedRequest): readonly SimulatedOpensearchDomain[] {
  return caller.services?.opensearch?.regions?.[region]?.domains ?? [];
}

const engineVersion = (domain: SimulatedOpensearchDomain) => domain.engineVersion ?? 'OpenSearch_2.19';

/** Simulated OpenSearch Service: the domains of each region (`services.opensearch.regions.<region>`). */
export const simulatedOpensearch = {
  /** Every domain in one answer; EngineType filters as AWS does. */
  ListDomainNames: (request): Answer<'ListDomainNames'> => ({
    DomainNames: domainsOf(request)
      .map((domain) => ({
        DomainName: domain.name,
        EngineType: engineVersion(domain).startsWith('Elasticsearch_')
          ? ('Elasticsearch' as const)
          : ('OpenSearch' as const),
      }))
      .filter((domain) => !request.input.EngineType || domain.EngineType === request.input.EngineType),
  }),
  DescribeDomain: (request): Answer<'DescribeDomain'> => {
    const { caller, region } = request;
    const name = requiredParameter(request.input.DomainName, 'DomainName');
    const domain = domainsOf(request).find((candidate) => candidate.name === name);
    if (!domain) throw simulatedError('ResourceNotFoundException', `Domain not found: ${name}`, 409);
    const logGroup = (logType: string) =>
      `arn:aws:logs:${region}:${caller.id}:log-group:/aws/opensearch/${name}/${logType.toLowerCase()}`;
    const masters = domain.dedicatedMasterCount;
    return {
      DomainStatus: {
        DomainId: `${caller.id}/${name}`,
        DomainName: name,
        ARN: `arn:aws:es:${region}:${caller.id}:domain/${name}`,
        Created: true,
        Deleted: false,
        EngineVersion: engineVersion(domain),
        ClusterConfig: {
          InstanceType: 'r6g.large.search',
          InstanceCount: domain.instanceCount ?? 1,
          ZoneAwarenessEnabled: domain.zoneAwareness ?? false,
          DedicatedMasterEnabled: masters !== undefined,
          ...(masters !== undefined
            ? { DedicatedMasterCount: masters, DedicatedMasterType: 'm6g.large.search' }
            : {}),
        },
        ...(domain.vpcId
          ? {
              Endpoints: { vpc: `vpc-${name}.${region}.es.amazonaws.com` },
              VPCOptions: { VPCId: domain.vpcId, SubnetIds: ['subnet-0a1b2c3d4e5f60001'] },
            }
          : { Endpoint: `search-${name}.${region}.es.amazonaws.com` }),
        EncryptionAtRestOptions: { Enabled: domain.encryptionAtRest ?? false },
        NodeToNodeEncryptionOptions: { Enabled: domain.nodeToNodeEncryption ?? false },
        DomainEndpointOptions: {
          EnforceHTTPS: domain.enforceHttps ?? false,
          TLSSecurityPolicy: domain.tlsSecurityPolicy ?? 'Policy-Min-TLS-1-2-2019-07',
        },
        AdvancedSecurityOptions: { Enabled: domain.fineGrainedAccessControl ?? false },
        LogPublishingOptions: Object.fromEntries(
          (domain.logsToCloudWatch ?? []).map((logType) => [
            logType,
            { CloudWatchLogsLogGroupArn: logGroup(logType), Enabled: true },
          ]),
        ),
        ServiceSoftwareOptions: {
          UpdateAvailable: domain.updateAvailable ?? false,
          Cancellable: false,
          UpdateStatus: domain.updateAvailable ? 'ELIGIBLE' : 'COMPLETED',
        },
      },
    };
  },
} satisfies SimulatedService<typeof Opensearch>;
