import { describe, expect, it } from 'vitest';
import { globalCollectors, regionalCollectors } from './index.js';

describe('collector registry', () => {
  it('imports a collector once: later asks get the same promise, not another import()', async () => {
    // collectInventory asks for a regional collector in every region of every account.
    const first = regionalCollectors['ec2.vpcs']();
    expect(regionalCollectors['ec2.vpcs']()).toBe(first);
    expect(globalCollectors['iam.accountSummary']()).toBe(globalCollectors['iam.accountSummary']());
    expect(typeof (await first).collect).toBe('function');
  });
});
