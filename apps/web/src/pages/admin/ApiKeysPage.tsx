import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { unwrap } from '../../api/client';
import type { Role } from '../../api/types';
import { useServices } from '../../app/services';
import { formatDate, QueryView } from '../../components/ui';
import { ActionError } from './admin-ui';

export function ApiKeysPage() {
  const { api, queryClient } = useServices();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const keys = useQuery({
    queryKey: ['api-keys'],
    queryFn: () => unwrap(api.GET('/v1/api-keys', { params: { query: { limit: 200 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['api-keys'] });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/api-keys', { body: { name, role } })),
    onSuccess: (key) => {
      setCreated({ name: key.name, key: key.key });
      setName('');
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/v1/api-keys/{id}', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      {created ? (
        <div className="panel notice" role="status">
          <p>
            Key <strong>{created.name}</strong> created. Copy it now: it is shown only once.
          </p>
          <pre className="cli">{created.key}</pre>
          <button type="button" className="button button-small" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      ) : null}
      <QueryView query={keys} what="API keys">
        {(data) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Prefix</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((key) => (
                <tr key={key.id}>
                  <th scope="row">
                    {key.name} {key.revokedAt ? <span className="badge">revoked</span> : null}
                  </th>
                  <td>{key.role}</td>
                  <td className="mono">{key.keyPrefix}…</td>
                  <td>{formatDate(key.createdAt)}</td>
                  <td>{formatDate(key.lastUsedAt)}</td>
                  <td>
                    {key.revokedAt ? null : (
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => revoke.mutate(key.id)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      <ActionError error={revoke.error} />
      <form className="panel form-row" onSubmit={submit} aria-label="New API key">
        <label className="field">
          <span>Name</span>
          <input
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="ci-reporting"
          />
        </label>
        <label className="field">
          <span>Role</span>
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            <option value="viewer">viewer</option>
            <option value="operator">operator</option>
            <option value="admin">admin</option>
          </select>
        </label>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Create key
        </button>
        <ActionError error={create.error} />
      </form>
    </section>
  );
}
