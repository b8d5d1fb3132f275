import { describe, expect, it } from 'vitest';
import { parsePlainSearch, stringifyPlainSearch } from '../app/search-params';
import { filtersFromSearch, filtersToQuery, filtersToSearch, withFilter } from './filters';

describe('findings filters ↔ URL', () => {
  it('reads every filter from a plain query, lists repeated', () => {
    const filters = filtersFromSearch(
      parsePlainSearch(
        '?status=FAIL&status=ERROR&severity=high&accountId=123456789012&accountId=210987654321&region=global' +
          '&checkId=iam-root-mfa-enabled&service=iam&ouId=ou-ab12-cdef3456&framework=cis-aws-7.0.0&requirement=2.4' +
          '&muted=false&recordState=all&resource=alice&firstSeenFrom=2026-01-01T00:00:00.000Z&sort=-firstSeen',
      ),
    );
    expect(filters).toEqual({
      status: ['FAIL', 'ERROR'],
      severity: ['high'],
      accountId: ['123456789012', '210987654321'],
      region: ['global'],
      checkId: ['iam-root-mfa-enabled'],
      service: ['iam'],
      requirement: ['2.4'],
      ouId: 'ou-ab12-cdef3456',
      framework: 'cis-aws-7.0.0',
      muted: false,
      recordState: 'all',
      resource: 'alice',
      firstSeenFrom: '2026-01-01T00:00:00.000Z',
      sort: '-firstSeen',
    });
  });

  it('writes the same URL back (a shared link opens the same view)', () => {
    const query =
      '?status=FAIL&status=ERROR&severity=critical&accountId=123456789012&muted=true&sort=severity';
    const filters = filtersFromSearch(parsePlainSearch(query));
    const again = filtersFromSearch(parsePlainSearch(stringifyPlainSearch(filtersToSearch(filters))));
    expect(again).toEqual(filters);
    expect(stringifyPlainSearch(filtersToSearch(filters))).toContain('status=FAIL&status=ERROR');
  });

  it('drops values the API would refuse instead of sending them', () => {
    const filters = filtersFromSearch(
      parsePlainSearch(
        '?status=BROKEN&status=PASS&severity=urgent&accountId=42&muted=maybe&sort=random&recordState=x',
      ),
    );
    expect(filters.status).toEqual(['PASS']);
    expect(filters.severity).toEqual([]);
    expect(filters.accountId).toEqual([]);
    expect(filters.muted).toBeUndefined();
    expect(filters.sort).toBeUndefined();
    expect(filters.recordState).toBeUndefined();
  });

  it('leaves unset filters out of the URL and of the API query', () => {
    const filters = withFilter(filtersFromSearch({}), 'severity', ['high']);
    expect(filtersToSearch(filters)).toEqual({ severity: ['high'] });
    const query = filtersToQuery(filters);
    expect(query.severity).toEqual(['high']);
    expect(query.status).toBeUndefined();
    expect(stringifyPlainSearch({ ...query, organizationId: 'default' })).toBe(
      '?severity=high&organizationId=default',
    );
  });
});
