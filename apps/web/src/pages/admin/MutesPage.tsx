import { useMutation, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useOrganization, useServices } from '../../app/services';
import { EmptyState, formatCount, formatDate, QueryView } from '../../components/ui';
import { ActionError } from './admin-ui';

export function MutesPage() {
  const { api, queryClient } = useServices();
  const { organizationId } = useOrganization();
  const mutes = useQuery({
    queryKey: ['mutes', organizationId],
    queryFn: () => unwrap(api.GET('/v1/mutes', { params: { query: { organizationId, limit: 200 } } })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/v1/mutes/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries(),
  });
  return (
    <section aria-labelledby="mutes-title">
      <h2 id="mutes-title">Mutes (accepted risks)</h2>
      <QueryView query={mutes} what="mutes">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>No mute. Mute a finding from its page.</EmptyState>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Scope</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Owner</th>
                  <th scope="col" className="num">
                    Findings
                  </th>
                  <th scope="col">Expires</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((mute) => (
                  <tr key={mute.id}>
                    <th scope="row" className="mono small">
                      {[mute.accountId, mute.ouId, mute.region, mute.checkId, mute.resourcePattern]
                        .filter(Boolean)
                        .join(' · ')}
                    </th>
                    <td>{mute.reason}</td>
                    <td>{mute.owner}</td>
                    <td className="num">{formatCount(mute.findingsMuted)}</td>
                    <td>
                      {formatDate(mute.expiresAt)}{' '}
                      {mute.expired ? <span className="badge">expired</span> : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => remove.mutate(mute.id)}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      <ActionError error={remove.error} />
    </section>
  );
}
