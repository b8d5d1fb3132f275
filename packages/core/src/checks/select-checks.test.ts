import { checks } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../errors.js';
import { selectChecks } from './select-checks.js';

describe('selectChecks (core)', () => {
  it('selects like the scanner and reports a selection at fault as an invalid request naming its field', () => {
    expect(selectChecks(checks, { services: ['s3'] }).every((check) => check.service === 's3')).toBe(true);
    let caught: unknown;
    try {
      selectChecks(checks, { frameworks: [{ id: 'cis-aws-7.0.0', requirements: ['99.9'] }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidRequestError);
    expect((caught as InvalidRequestError).field).toBe('frameworks[0].requirements');
  });
});
