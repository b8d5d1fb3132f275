import type * as Guardduty from '@aws-sdk/client-guardduty';
import { simulatedError } from '../simulated-error.js';
import { boundedPageSize, daysBefore, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Guardduty>> = SimulatedAnswer<typeof Guardduty, Op>;

/** Every feature GetDetector reports, in its order; the foundational data sources are always on. */
const FEATURES = [
  'CLOUD_TRAIL',
  'DNS_LOGS',
  'FLOW_LOGS',
  'S3_DATA_EVENTS',
  'EKS_AUDIT_LOGS',
  'EBS_MALWARE_PROTECTION',
  'RDS_LOGIN_EVENTS',
  'LAMBDA_NETWORK_LOGS',
  'RUNTIME_MONITORING',
] as const;
const ALWAYS_ON: ReadonlySet<string> = new Set(['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS']);

function detectorsIn({ caller, region }: SimulatedRequest) {
  return (caller.services?.guardduty?.detectors ?? []).filter((detector) => detector.region === region);
}

/** Simulated GuardDuty: the detectors of `services.guardduty.detectors`, each in its own region. */
export const simulatedGuardduty = {
  ListDetectors: (request): Answer<'ListDetectors'> => {
    const size = boundedPageSize(request.input.MaxResults, 50, 1, 50, 'MaxResults');
    const { items, next } = page(
      detectorsIn(request).map((detector) => detector.id),
      request.input.NextToken,
      size,
    );
    return { DetectorIds: items, ...(next ? { NextToken: next } : {}) };
  },
  GetDetector: (request): Answer<'GetDetector'> => {
    const detector = detectorsIn(request).find((candidate) => candidate.id === request.input.DetectorId);
    if (!detector) {
      throw simulatedError(
        'BadRequestException',
        'The request is rejected because the input detectorId is not owned by the current account.',
        400,
      );
    }
    const updated = daysBefore(request.now, 30).toISOString();
    return {
      CreatedAt: daysBefore(request.now, 300).toISOString(),
      UpdatedAt: updated,
      FindingPublishingFrequency: 'SIX_HOURS',
      ServiceRole: `arn:aws:iam::${request.caller.id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
      Status: detector.status ?? 'ENABLED',
      Features: FEATURES.map((name) => {
        const planted = detector.features?.[name];
        const status = ALWAYS_ON.has(name) ? 'ENABLED' : (planted?.status ?? 'DISABLED');
        const additional = Object.entries(planted?.additional ?? {});
        return {
          Name: name,
          Status: status,
          UpdatedAt: new Date(updated),
          ...(additional.length > 0
            ? {
                AdditionalConfiguration: additional.map(([configuration, configurationStatus]) => ({
                  Name: configuration as Guardduty.FeatureAdditionalConfiguration,
                  Status: configurationStatus,
                  UpdatedAt: new Date(updated),
                })),
              }
            : {}),
        };
      }),
    };
  },
} satisfies SimulatedService<typeof Guardduty>;
