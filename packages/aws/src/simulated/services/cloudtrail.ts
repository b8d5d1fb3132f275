import type * as CloudTrail from '@aws-sdk/client-cloudtrail';
import type { SimulatedAccount } from '../org-description.js';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedTrail } from '../state/logging-state.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof CloudTrail>> = SimulatedAnswer<typeof CloudTrail, Op>;

/**
 * Simulated operations of CloudTrail trails, CloudWatch Logs groups and metric filters, CloudWatch alarms,
 * SNS topics: answered from the caller's logging state, in the SDK's output shapes, paged like AWS.
 */
const HOUR_MS = 60 * 60 * 1000;

interface HomedTrail {
  readonly trail: SimulatedTrail;
  readonly owner: SimulatedAccount;
  readonly homeRegion: string;
}

const trailArn = ({ trail, owner, homeRegion }: HomedTrail) =>
  `arn:aws:cloudtrail:${homeRegion}:${owner.id}:trail/${trail.name}`;

function homedTrails(account: SimulatedAccount): HomedTrail[] {
  return Object.entries(account.services?.logging?.regions ?? {}).flatMap(([homeRegion, state]) =>
    (state.trails ?? []).map((trail) => ({ trail, owner: account, homeRegion })),
  );
}

/**
 * The trails DescribeTrails shows in `region`: the caller's trails homed there and, with shadow trails,
 * its multi-region trails homed elsewhere and (in a member) the management account's organization trails.
 */
function visibleTrails(
  { org, caller, region }: SimulatedRequest,
  includeShadowTrails: boolean,
): HomedTrail[] {
  const reaches = (homed: HomedTrail) => homed.homeRegion === region || homed.trail.multiRegion;
  const own = homedTrails(caller).filter(
    (homed) => homed.homeRegion === region || (includeShadowTrails && homed.trail.multiRegion),
  );
  const management = org.accounts.find((account) => account.id === org.managementAccountId);
  const organization =
    includeShadowTrails && management && management.id !== caller.id
      ? homedTrails(management).filter((homed) => homed.trail.organization && reaches(homed))
      : [];
  return [...own, ...organization];
}

/** GetTrailStatus and GetEventSelectors take a trail name (home region) or ARN (any region). */
function findTrail(request: SimulatedRequest, nameOrArn: string | undefined): HomedTrail {
  const found = visibleTrails(request, true).find(
    (homed) =>
      trailArn(homed) === nameOrArn ||
      (homed.trail.name === nameOrArn && homed.homeRegion === request.region),
  );
  if (!found) {
    throw simulatedError(
      'TrailNotFoundException',
      `Unknown trail: ${nameOrArn} for the user: ${request.caller.id}`,
      400,
    );
  }
  return found;
}

function describeTrail(homed: HomedTrail) {
  const { trail, owner, homeRegion } = homed;
  const usesCustomSelectors =
    trail.eventSelectors !== undefined || trail.advancedEventSelectors !== undefined;
  return {
    Name: trail.name,
    S3BucketName: trail.s3BucketName,
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: trail.multiRegion,
    HomeRegion: homeRegion,
    TrailARN: trailArn(homed),
    LogFileValidationEnabled: trail.logFileValidation,
    ...(trail.cloudWatchLogsLogGroup
      ? {
          CloudWatchLogsLogGroupArn: `arn:aws:logs:${homeRegion}:${owner.id}:log-group:${trail.cloudWatchLogsLogGroup}:*`,
          CloudWatchLogsRoleArn: `arn:aws:iam::${owner.id}:role/CloudTrailToCloudWatchLogs`,
        }
      : {}),
    ...(trail.kmsKeyId ? { KmsKeyId: trail.kmsKeyId } : {}),
    HasCustomEventSelectors: usesCustomSelectors,
    HasInsightSelectors: false,
    IsOrganizationTrail: trail.organization,
  };
}

/** Simulated CloudTrail: trails of `services.logging`, with shadow trails and organization trails as AWS shows them. */
export const simulatedCloudTrail = {
  DescribeTrails: (request): Answer<'DescribeTrails'> => ({
    trailList: visibleTrails(request, request.input.includeShadowTrails !== false).map(describeTrail),
  }),
  GetTrailStatus: (request): Answer<'GetTrailStatus'> => {
    const { trail } = findTrail(request, request.input.Name);
    const hoursAgo = (hours: number) => new Date(request.now.getTime() - hours * HOUR_MS);
    return {
      IsLogging: trail.logging,
      ...(trail.logging ? { LatestDeliveryTime: hoursAgo(0.1), StartLoggingTime: hoursAgo(24 * 400) } : {}),
      ...(trail.cloudWatchLogsDeliveredHoursAgo !== undefined
        ? { LatestCloudWatchLogsDeliveryTime: hoursAgo(trail.cloudWatchLogsDeliveredHoursAgo) }
        : {}),
    };
  },
  GetEventSelectors: (request): Answer<'GetEventSelectors'> => {
    const homed = findTrail(request, request.input.TrailName);
    const { trail } = homed;
    if (trail.advancedEventSelectors) {
      return {
        TrailARN: trailArn(homed),
        AdvancedEventSelectors: trail.advancedEventSelectors.map((selector) => ({
          Name: selector.name,
          FieldSelectors: selector.fieldSelectors.map((field) => ({
            Field: field.field,
            ...(field.equals ? { Equals: field.equals } : {}),
            ...(field.notEquals ? { NotEquals: field.notEquals } : {}),
            ...(field.startsWith ? { StartsWith: field.startsWith } : {}),
          })),
        })),
      };
    }
    const selectors = trail.eventSelectors ?? [{ readWriteType: 'All', includeManagementEvents: true }];
    return {
      TrailARN: trailArn(homed),
      EventSelectors: selectors.map((selector) => ({
        ReadWriteType: selector.readWriteType,
        IncludeManagementEvents: selector.includeManagementEvents,
        ExcludeManagementEventSources: selector.excludeManagementEventSources ?? [],
        DataResources: (selector.dataResources ?? []).map((resource) => ({
          Type: resource.type,
          Values: resource.values,
        })),
      })),
    };
  },
} satisfies SimulatedService<typeof CloudTrail>;
