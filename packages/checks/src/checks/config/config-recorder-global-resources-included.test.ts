import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { ConfigRecorder } from '../../inventory/config.js';
import { configRecorderGlobalResourcesIncluded } from './config-recorder-global-resources-included.js';

const recorder = (fields: Partial<ConfigRecorder> = {}): ConfigRecorder => ({
  name: 'default',
  allSupported: true,
  includeGlobalResourceTypes: false,
  recording: true,
  lastStatus: 'Success',
  lastErrorCode: null,
  ...fields,
});
const WITH_GLOBAL = recorder({ includeGlobalResourceTypes: true });

describe('config-recorder-global-resources-included', () => {
  it('passes once on the account when one region records global types, naming it', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'config.recorders', [WITH_GLOBAL])
      .regional('eu-west-1', 'config.recorders', [recorder()])
      .build();
    expect(evaluate(configRecorderGlobalResourcesIncluded, inventory)).toMatchObject([
      { status: 'PASS', region: 'global', resourceType: 'AwsAccount', evidence: { regions: ['us-east-1'] } },
    ]);
  });

  it('fails when no region records them, a stopped recorder included, or there are no recorders at all', () => {
    const stopped = new InventoryBuilder()
      .regional('us-east-1', 'config.recorders', [{ ...WITH_GLOBAL, recording: false }])
      .regional('eu-west-1', 'config.recorders', [recorder()])
      .build();
    expect(evaluate(configRecorderGlobalResourcesIncluded, stopped)).toMatchObject([{ status: 'FAIL' }]);
    const none = new InventoryBuilder().regional('us-east-1', 'config.recorders', []).build();
    expect(evaluate(configRecorderGlobalResourcesIncluded, none)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR, not a FAIL, when an unreadable region might be the one recording them', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'config.recorders', [recorder()])
      .regionalError('sa-east-1', 'config.recorders', 'AccessDenied')
      .build();
    const [finding] = evaluate(configRecorderGlobalResourcesIncluded, inventory);
    expect(finding).toMatchObject({ status: 'ERROR', errorCode: 'AccessDenied' });
    expect(finding?.message).toContain('sa-east-1 (AccessDenied)');
  });

  it('passes despite an unreadable region when another region records them', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'config.recorders', [WITH_GLOBAL])
      .regionalError('sa-east-1', 'config.recorders', 'AccessDenied')
      .build();
    expect(evaluate(configRecorderGlobalResourcesIncluded, inventory)).toMatchObject([{ status: 'PASS' }]);
  });
});
