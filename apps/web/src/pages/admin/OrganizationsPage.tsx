import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { useApi } from '../../app/services';
import { QueryView } from '../../components/ui';

export function OrganizationsPage() {
  const api = useApi();
  const organizations = useQuery({
    queryKey: ['organizations'],
    queryFn: () => unwrap(api.GET('/v1/organizations')),
  });
  return (
    <section aria-labelledby="orgs-title">
      <h2 id="orgs-title">Organizations</h2>
      <p className="muted small">
        Organizations are added and changed through the API (POST /v1/organizations).
      </p>
      <QueryView query={organizations} what="organizations">
        {(data) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Name</th>
                <th scope="col">AWS organization</th>
                <th scope="col">Member role</th>
                <th scope="col">ExternalId</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((organization) => (
                <tr key={organization.id}>
                  <th scope="row" className="mono">
                    {organization.id}
                  </th>
                  <td>{organization.name}</td>
                  <td className="mono">{organization.awsOrganizationId ?? '—'}</td>
                  <td className="mono">{organization.memberRoleName}</td>
                  <td>{organization.externalIdSet ? 'set' : 'not set'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}
