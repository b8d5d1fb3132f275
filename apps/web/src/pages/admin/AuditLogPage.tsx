import { useInfiniteQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../app/services';
import { formatDate, QueryView } from '../../components/ui';

export function AuditLogPage() {
  const api = useApi();
  const audit = useInfiniteQuery({
    queryKey: ['audit-log'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/audit-log', {
          params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <QueryView query={audit} what="the audit log">
        {(data) => (
          <>
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Request</th>
                  <th scope="col" className="num">
                    Answer
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.pages
                  .flatMap((page) => page.items)
                  .map((entry) => (
                    <tr key={entry.id}>
                      <td>{formatDate(entry.at)}</td>
                      <th scope="row">
                        {entry.actor.name}{' '}
                        <span className="muted">
                          ({entry.actor.role}, via {entry.actor.via})
                        </span>
                      </th>
                      <td className="mono">{entry.action}</td>
                      <td className="mono small">
                        {entry.method} {entry.path}
                      </td>
                      <td className={`num ${entry.statusCode >= 400 ? 'text-bad' : ''}`}>
                        {entry.statusCode}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
            {audit.hasNextPage ? (
              <button
                type="button"
                className="button"
                onClick={() => void audit.fetchNextPage()}
                disabled={audit.isFetchingNextPage}
              >
                Older entries
              </button>
            ) : null}
          </>
        )}
      </QueryView>
    </section>
  );
}
