import type * as Ssm from '@aws-sdk/client-ssm';
import type {
  DocumentIdentifier,
  InstanceInformation,
  ResourceComplianceSummaryItem,
} from '@aws-sdk/client-ssm';
import { simulatedError } from '../simulated-error.js';
import type { RegionSsmState } from '../state/ssm-state.js';
import { boundedPageSize, daysBefore, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Ssm>> = SimulatedAnswer<typeof Ssm, Op>;

/** The caller's region: its own entry, else the account-wide one, else a fresh region. */
function regionState({ caller, region }: SimulatedRequest): RegionSsmState {
  const ssm = caller.services?.ssm;
  return ssm?.regions?.[region] ?? ssm?.everyRegion ?? {};
}

/** The settings the simulator knows, with the value of a fresh account. */
const SETTINGS: Readonly<Record<string, (state: RegionSsmState) => string>> = {
  '/ssm/automation/customer-script-log-destination': (state) => state.automationLogDestination ?? 'none',
  '/ssm/documents/console/public-sharing-permission': (state) => state.documentPublicSharing ?? 'Enable',
};

/** Simulated Systems Manager: documents, service settings, managed nodes and their compliance (`services.ssm`). */
export const simulatedSsm = {
  ListDocuments: (request): Answer<'ListDocuments'> => {
    // Only the account's own documents are simulated: Owner Self lists them; AWS's catalogue is not.
    const filters = request.input.Filters ?? [];
    const ownSelf = filters.some((filter) => filter.Key === 'Owner' && filter.Values?.includes('Self'));
    if (!ownSelf || filters.length !== 1) {
      throw new Error('the simulated AWS implements ListDocuments with the filter Owner Self only');
    }
    const documents: DocumentIdentifier[] = (regionState(request).documents ?? []).map((document) => ({
      Name: document.name,
      Owner: request.caller.id,
      DocumentType: 'Command',
      DocumentFormat: 'YAML',
      SchemaVersion: '2.2',
      CreatedDate: daysBefore(request.now, 90),
      PlatformTypes: ['Linux'],
    }));
    const size = boundedPageSize(request.input.MaxResults, 50, 1, 50, 'MaxResults');
    const { items, next } = page(documents, request.input.NextToken, size);
    return { DocumentIdentifiers: items, ...(next ? { NextToken: next } : {}) };
  },
  DescribeDocumentPermission: (request): Answer<'DescribeDocumentPermission'> => {
    const name = requiredParameter(request.input.Name, 'Name');
    requiredParameter(request.input.PermissionType, 'PermissionType');
    const document = (regionState(request).documents ?? []).find((candidate) => candidate.name === name);
    if (!document) throw simulatedError('InvalidDocument', `Document ${name} does not exist.`, 400);
    const accounts = [...(document.public ? ['all'] : []), ...(document.sharedWith ?? [])];
    const size = boundedPageSize(request.input.MaxResults, 200, 1, 200, 'MaxResults');
    const { items, next } = page(accounts, request.input.NextToken, size);
    return {
      AccountIds: items,
      AccountSharingInfoList: items.map((AccountId) => ({ AccountId, SharedDocumentVersion: '$DEFAULT' })),
      ...(next ? { NextToken: next } : {}),
    };
  },
  GetServiceSetting: (request): Answer<'GetServiceSetting'> => {
    const id = requiredParameter(request.input.SettingId, 'SettingId');
    const value = SETTINGS[id];
    if (!value) throw simulatedError('ServiceSettingNotFound', `Setting ${id} not found.`, 400);
    return {
      ServiceSetting: {
        SettingId: id,
        SettingValue: value(regionState(request)),
        ARN: `arn:aws:ssm:${request.region}:${request.caller.id}:servicesetting${id}`,
        Status: 'Default',
        LastModifiedDate: daysBefore(request.now, 30),
      },
    };
  },
  ListResourceComplianceSummaries: (request): Answer<'ListResourceComplianceSummaries'> => {
    if ((request.input.Filters ?? []).length > 0) {
      throw new Error('the simulated AWS implements ListResourceComplianceSummaries without filters only');
    }
    const items: ResourceComplianceSummaryItem[] = (regionState(request).compliance ?? []).map((entry) => ({
      ComplianceType: entry.type,
      ResourceType: 'ManagedInstance',
      ResourceId: entry.instanceId,
      Status: entry.status,
      OverallSeverity: entry.status === 'COMPLIANT' ? 'UNSPECIFIED' : 'HIGH',
      ExecutionSummary: { ExecutionTime: daysBefore(request.now, 1) },
    }));
    const size = boundedPageSize(request.input.MaxResults, 50, 1, 50, 'MaxResults');
    const { items: pageItems, next } = page(items, request.input.NextToken, size);
    return { ResourceComplianceSummaryItems: pageItems, ...(next ? { NextToken: next } : {}) };
  },
  DescribeInstanceInformation: (request): Answer<'DescribeInstanceInformation'> => {
    const nodes: InstanceInformation[] = (regionState(request).managedInstances ?? []).map((id) => ({
      InstanceId: id,
      PingStatus: 'Online',
      ResourceType: 'EC2Instance',
      PlatformType: 'Linux',
      AgentVersion: '3.3.0.0',
      LastPingDateTime: daysBefore(request.now, 0),
    }));
    const size = boundedPageSize(request.input.MaxResults, 50, 5, 50, 'MaxResults');
    const { items, next } = page(nodes, request.input.NextToken, size);
    return { InstanceInformationList: items, ...(next ? { NextToken: next } : {}) };
  },
} satisfies SimulatedService<typeof Ssm>;
