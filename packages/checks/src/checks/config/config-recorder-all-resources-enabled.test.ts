import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { ConfigRecorder } from '../../inventory/config.js';
import { configRecorderAllResourcesEnabled } from './config-recorder-all-resources-enabled.js';

const recorder = (fields: Partial<ConfigRecorder> = {}): ConfigRecorder => ({
  name: 'default',
  allSupported: true,
  includeGlobalResourceTypes: false,
  recording: true,
  lastStatus: 'Success',
  lastErrorCode: null,
  ...fields,
});
const inRegion = (...recorders: ConfigRecorder[]) =>
  new InventoryBuilder().regional('us-east-1', 'config.recorders', recorders).build();
const AGGREGATOR_ARN = 'arn:aws:config:eu-west-1:999999999999:config-aggregator/config-aggregator-org';
const management = new InventoryBuilder()
  .regional('us-east-1', 'config.aggregators', [])
  .regional('eu-west-1', 'config.aggregators', [
    { name: 'org', arn: AGGREGATOR_ARN, organizationWide: true, allRegions: true },
  ])
  .build();

describe('config-recorder-all-resources-enabled', () => {
  it('fails a region without a recorder', () => {
    const [finding] = evaluate(configRecorderAllResourcesEnabled, inRegion());
    expect(finding).toMatchObject({
      status: 'FAIL',
      resourceId: 'arn:aws:account::111111111111:account/us-east-1',
    });
    expect(finding?.message).toBe('No AWS Config recorder in us-east-1.');
  });

  it('passes a recorder that records everything and is running', () => {
    expect(evaluate(configRecorderAllResourcesEnabled, inRegion(recorder()))).toMatchObject([
      { status: 'PASS', evidence: { organizationAggregator: null } },
    ]);
    expect(
      evaluate(configRecorderAllResourcesEnabled, inRegion(recorder({ lastStatus: 'Pending' }))),
    ).toMatchObject([{ status: 'PASS' }]);
  });

  it('fails a recorder that records selected types, is stopped, has no status or last failed', () => {
    const statuses = [
      recorder({ allSupported: false }),
      recorder({ recording: false }),
      recorder({ recording: null, lastStatus: null }),
      recorder({ lastStatus: 'Failure', lastErrorCode: 'NoAvailableDeliveryChannelException' }),
    ].map((one) => evaluate(configRecorderAllResourcesEnabled, inRegion(one))[0]);
    expect(statuses.map((finding) => finding?.status)).toEqual(['FAIL', 'FAIL', 'FAIL', 'FAIL']);
    expect(statuses[0]?.message).toContain('records only selected resource types');
    expect(statuses[1]?.message).toContain('is stopped');
    expect(statuses[3]?.message).toContain('NoAvailableDeliveryChannelException');
  });

  it('names the organization aggregator, homed in any region, without letting it replace a recorder', () => {
    const org = { management: { inventory: management } };
    const [failing] = evaluate(configRecorderAllResourcesEnabled, inRegion(), { org });
    expect(failing).toMatchObject({ status: 'FAIL', evidence: { organizationAggregator: AGGREGATOR_ARN } });
    expect(failing?.message).toContain('does not replace one here');
    const [passing] = evaluate(configRecorderAllResourcesEnabled, inRegion(recorder()), { org });
    expect(passing).toMatchObject({ status: 'PASS', evidence: { organizationAggregator: AGGREGATOR_ARN } });
  });

  it('is an ERROR with the AWS code when the recorders cannot be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'config.recorders', 'AccessDenied', 'config:DescribeConfigurationRecorders')
      .build();
    expect(evaluate(configRecorderAllResourcesEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
