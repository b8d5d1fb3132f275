import { describe, expect, it } from 'vitest';
import { withRelatedRequirements } from './related-requirements.js';

const index = new Map([
  ['X.1', { 'nist-800-53-r5': ['AC-3', 'AC-21'], 'pci-dss-4.0': ['1.10.1'] }],
  ['X.2', { 'nist-800-53-r5': ['AC-3', 'AC-2(1)'] }],
  ['X.3', {}],
]);

describe('withRelatedRequirements', () => {
  it('adds the NIST and PCI requirements of the FSBP controls a check decides, once each, in natural order', () => {
    expect(
      withRelatedRequirements({ 'cis-aws-7.0.0': ['3.1.4'], 'aws-fsbp': ['X.1', 'X.2'] }, index),
    ).toEqual({
      'cis-aws-7.0.0': ['3.1.4'],
      'aws-fsbp': ['X.1', 'X.2'],
      'nist-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-21'],
      'pci-dss-4.0': ['1.10.1'],
    });
  });

  it('adds nothing for a check without FSBP controls or with controls AWS relates to nothing', () => {
    expect(withRelatedRequirements({ 'cis-aws-7.0.0': ['2.5'] }, index)).toEqual({
      'cis-aws-7.0.0': ['2.5'],
    });
    expect(withRelatedRequirements({ 'aws-fsbp': ['X.3'] }, index)).toEqual({ 'aws-fsbp': ['X.3'] });
  });
});
