import { describe, expect, it } from 'vitest';
import { MuteMatcher } from './mute-matcher.js';
import type { Mute } from './mutes-file.js';

const mute = (id: string, scope: Partial<Mute>): Mute => ({
  id,
  accountId: null,
  ouId: null,
  region: null,
  checkId: null,
  resourcePattern: null,
  reason: 'accepted',
  owner: 'secops',
  expiresAt: null,
  ...scope,
});

const target = {
  accountId: '444444444444',
  ouIds: ['r-1', 'ou-work-11111111', 'ou-prod-22222222'],
  region: 'eu-west-1',
  checkId: 's3-bucket-public-access-blocked',
  resourceId: 'arn:aws:s3:::prod-web.static-assets',
};
const scanTime = new Date('2026-06-01T00:00:00Z');

describe('MuteMatcher', () => {
  it('matches when every set field matches: account, OU anywhere up the chain, region, check, resource glob', () => {
    const matcher = new MuteMatcher(
      [
        mute('other-account', { accountId: '555555555555' }),
        mute('other-region', { ouId: 'ou-work-11111111', region: 'us-east-1' }),
        mute('glob', {
          ouId: 'ou-work-11111111',
          checkId: target.checkId,
          resourcePattern: 'arn:aws:s3:::prod-?eb.*',
        }),
      ],
      scanTime,
    );
    expect(matcher.match(target)?.id).toBe('glob');
    expect(matcher.match({ ...target, resourceId: 'arn:aws:s3:::prod-webXstatic' })).toBeNull();
    expect(matcher.match({ ...target, ouIds: ['r-1', 'ou-sec-33333333'] })).toBeNull();
  });

  it('treats glob characters literally except * and ?', () => {
    const matcher = new MuteMatcher(
      [mute('dots', { resourcePattern: 'arn:aws:s3:::prod-web.static-(assets)' })],
      scanTime,
    );
    expect(matcher.match({ ...target, resourceId: 'arn:aws:s3:::prod-web.static-(assets)' })?.id).toBe(
      'dots',
    );
    expect(matcher.match({ ...target, resourceId: 'arn:aws:s3:::prod-webXstatic-(assets)' })).toBeNull();
  });

  it('takes the first matching mute in file order, and ignores expired ones (reporting them)', () => {
    const expired = mute('expired', { checkId: target.checkId, expiresAt: new Date('2026-05-31T23:59:59Z') });
    const matcher = new MuteMatcher(
      [expired, mute('first', { accountId: target.accountId }), mute('second', { checkId: target.checkId })],
      scanTime,
    );
    expect(matcher.match(target)?.id).toBe('first');
    expect(matcher.expired).toEqual([expired]);
    expect([...matcher.reasons().keys()]).toEqual(['first', 'second']);
  });
});
