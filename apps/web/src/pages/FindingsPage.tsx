import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { unwrap } from '../api/client';
import { FINDING_STATUSES, SEVERITIES } from '../api/types';
import { stringifyPlainSearch } from '../app/search-params';
import { useApi, useOrganization } from '../app/services';
import { EmptyState, ErrorState, formatCount, Loading, PageHeader } from '../components/ui';
import { FindingsTable } from '../findings/FindingsTable';
import {
  type FindingFilters,
  filtersFromSearch,
  filtersToQuery,
  filtersToSearch,
  RECORD_STATES,
  type SORTS,
  withFilter,
} from '../findings/filters';

const PAGE_SIZE = 500;
const EXPORT_FORMATS = [
  ['csv', 'CSV'],
  ['ndjson', 'NDJSON'],
  ['ocsf', 'OCSF'],
  ['asff', 'ASFF'],
] as const;

function Toggles<T extends string>(props: {
  legend: string;
  values: readonly T[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
}) {
  return (
    <fieldset className="toggles">
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} className="toggle">
          <input
            type="checkbox"
            checked={props.selected.includes(value)}
            onChange={(event) =>
              props.onChange(
                event.target.checked
                  ? [...props.selected, value]
                  : props.selected.filter((item) => item !== value),
              )
            }
          />
          {value}
        </label>
      ))}
    </fieldset>
  );
}

const splitList = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Date filters are whole days (UTC) in the form, instants in the URL and the API. */
const dayOf = (instant: string | undefined) => (instant ? instant.slice(0, 10) : '');
const startOfDay = (day: string) => (day ? `${day}T00:00:00.000Z` : undefined);
const endOfDay = (day: string) => (day ? `${day}T23:59:59.999Z` : undefined);

/** The text filters, applied together on submit (typing does not reload on every key). */
function TextFilters(props: { filters: FindingFilters; onApply: (filters: FindingFilters) => void }) {
  const { filters } = props;
  const [draft, setDraft] = useState({
    accountId: filters.accountId.join(', '),
    region: filters.region.join(', '),
    checkId: filters.checkId.join(', '),
    service: filters.service.join(', '),
    ouId: filters.ouId ?? '',
    framework: filters.framework ?? '',
    requirement: filters.requirement.join(', '),
    resource: filters.resource ?? '',
    firstSeenFrom: dayOf(filters.firstSeenFrom),
    firstSeenTo: dayOf(filters.firstSeenTo),
    lastSeenFrom: dayOf(filters.lastSeenFrom),
    lastSeenTo: dayOf(filters.lastSeenTo),
  });
  const field = (key: keyof typeof draft, label: string, hint?: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        name={key}
        value={draft[key]}
        placeholder={hint}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      />
    </label>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply({
      ...filters,
      accountId: splitList(draft.accountId),
      region: splitList(draft.region),
      checkId: splitList(draft.checkId),
      service: splitList(draft.service),
      requirement: splitList(draft.requirement),
      ouId: draft.ouId.trim() || undefined,
      framework: draft.framework.trim() || undefined,
      resource: draft.resource.trim() || undefined,
      firstSeenFrom: startOfDay(draft.firstSeenFrom),
      firstSeenTo: endOfDay(draft.firstSeenTo),
      lastSeenFrom: startOfDay(draft.lastSeenFrom),
      lastSeenTo: endOfDay(draft.lastSeenTo),
    });
  };
  return (
    <form className="text-filters" onSubmit={submit} aria-label="Filter by account, region, check, resource">
      {field('accountId', 'Account ids', '123456789012, …')}
      {field('ouId', 'OU id', 'ou-… or r-…')}
      {field('region', 'Regions', 'eu-west-1, global')}
      {field('checkId', 'Check ids')}
      {field('service', 'Services', 'iam, s3')}
      {field('framework', 'Framework', 'cis-aws-7.0.0')}
      {field('requirement', 'Requirements', '2.4')}
      {field('resource', 'Resource contains')}
      {field('firstSeenFrom', 'First seen from', undefined, 'date')}
      {field('firstSeenTo', 'First seen until', undefined, 'date')}
      {field('lastSeenFrom', 'Last seen from', undefined, 'date')}
      {field('lastSeenTo', 'Last seen until', undefined, 'date')}
      <button type="submit" className="button">
        Apply
      </button>
    </form>
  );
}

/** Every filter of GET /v1/findings, in the URL (shareable), sort, paging by cursor, exports of the filter. */
export function FindingsPage() {
  const api = useApi();
  const navigate = useNavigate();
  const { organizationId } = useOrganization();
  const search = useSearch({ from: '/app/findings' });
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const apply = useCallback(
    (next: FindingFilters) =>
      void navigate({ to: '/findings', search: filtersToSearch(next), replace: false }),
    [navigate],
  );
  const query = filtersToQuery(filters);
  const findings = useInfiniteQuery({
    queryKey: ['findings', organizationId, query],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/findings', {
          params: {
            query: {
              ...query,
              organizationId,
              limit: PAGE_SIZE,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = useMemo(() => findings.data?.pages.flatMap((page) => page.items) ?? [], [findings.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = findings;
  const needMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const exportHref = (format: string) =>
    `/v1/findings/export${stringifyPlainSearch({ ...query, organizationId, format })}`;
  const active = Object.keys(filtersToSearch(filters)).filter((key) => key !== 'sort').length;
  return (
    <div className="page">
      <PageHeader
        title="Findings"
        subtitle="The current state of every finding. Filters live in the address: share it to share the view."
        actions={
          <fieldset className="export">
            <legend className="visually-hidden">Export the current filter</legend>
            <span className="muted small">Export</span>
            {EXPORT_FORMATS.map(([format, label]) => (
              <a key={format} className="button button-small" href={exportHref(format)} download>
                {label}
              </a>
            ))}
          </fieldset>
        }
      />
      <div className="filters panel">
        <Toggles
          legend="Status"
          values={FINDING_STATUSES}
          selected={filters.status}
          onChange={(value) => apply(withFilter(filters, 'status', value))}
        />
        <Toggles
          legend="Severity"
          values={SEVERITIES}
          selected={filters.severity}
          onChange={(value) => apply(withFilter(filters, 'severity', value))}
        />
        <fieldset className="toggles">
          <legend>Other</legend>
          <label className="field inline">
            <span>Muted</span>
            <select
              value={filters.muted === undefined ? '' : String(filters.muted)}
              onChange={(event) =>
                apply(
                  withFilter(
                    filters,
                    'muted',
                    event.target.value === '' ? undefined : event.target.value === 'true',
                  ),
                )
              }
            >
              <option value="">any</option>
              <option value="false">not muted</option>
              <option value="true">muted only</option>
            </select>
          </label>
          <label className="field inline">
            <span>Resources</span>
            <select
              value={filters.recordState ?? 'active'}
              onChange={(event) =>
                apply(
                  withFilter(filters, 'recordState', event.target.value as (typeof RECORD_STATES)[number]),
                )
              }
            >
              {RECORD_STATES.map((state) => (
                <option key={state} value={state}>
                  {state === 'active' ? 'existing' : state === 'archived' ? 'gone' : 'all'}
                </option>
              ))}
            </select>
          </label>
          <label className="field inline">
            <span>Sort</span>
            <select
              value={filters.sort ?? 'severity'}
              onChange={(event) =>
                apply(withFilter(filters, 'sort', event.target.value as (typeof SORTS)[number]))
              }
            >
              <option value="severity">most severe first</option>
              <option value="-severity">least severe first</option>
              <option value="-firstSeen">newest first</option>
              <option value="firstSeen">oldest first</option>
              <option value="-statusChangedAt">recently changed</option>
              <option value="statusChangedAt">longest unchanged</option>
            </select>
          </label>
        </fieldset>
        <TextFilters key={JSON.stringify(filters)} filters={filters} onApply={apply} />
        {active > 0 ? (
          <button type="button" className="button button-quiet" onClick={() => apply(filtersFromSearch({}))}>
            Clear {active} filter{active === 1 ? '' : 's'}
          </button>
        ) : null}
      </div>
      <p className="result-count" aria-live="polite">
        {findings.isPending
          ? ''
          : `${formatCount(rows.length)}${findings.hasNextPage ? '+' : ''} finding${rows.length === 1 ? '' : 's'}`}
      </p>
      {findings.isPending ? (
        <Loading what="findings" />
      ) : findings.error ? (
        <ErrorState error={findings.error} what="findings" />
      ) : rows.length === 0 ? (
        <EmptyState>No finding matches these filters.</EmptyState>
      ) : (
        <FindingsTable
          findings={rows}
          hasMore={Boolean(findings.hasNextPage)}
          loadingMore={findings.isFetchingNextPage}
          onNeedMore={needMore}
        />
      )}
    </div>
  );
}
