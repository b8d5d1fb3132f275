import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { unwrap } from '../../api/client';
import { useOrganization, useServices } from '../../app/services';
import { EmptyState, formatDate, QueryView } from '../../components/ui';
import { ActionError } from './admin-ui';

function Deliveries(props: { webhookId: string }) {
  const { api, queryClient } = useServices();
  const deliveries = useQuery({
    queryKey: ['deliveries', props.webhookId],
    queryFn: () =>
      unwrap(
        api.GET('/v1/webhooks/{id}/deliveries', {
          params: { path: { id: props.webhookId }, query: { limit: 50 } },
        }),
      ),
  });
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) =>
      unwrap(
        api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
          params: { path: { id: props.webhookId, deliveryId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['deliveries', props.webhookId] }),
  });
  return (
    <QueryView query={deliveries} what="deliveries">
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState>No delivery yet.</EmptyState>
        ) : (
          <>
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                  <th scope="col">Last answer</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((delivery) => (
                  <tr key={delivery.id}>
                    <th scope="row" className="mono small">
                      {delivery.eventType}
                    </th>
                    <td>{delivery.status}</td>
                    <td className="num">{delivery.attemptCount}</td>
                    <td className="small">{delivery.lastStatusCode ?? delivery.lastError ?? '—'}</td>
                    <td>{formatDate(delivery.createdAt)}</td>
                    <td>
                      {delivery.status === 'dead' || delivery.status === 'succeeded' ? (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => redeliver.mutate(delivery.id)}
                        >
                          Redeliver
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ActionError error={redeliver.error} />
          </>
        )
      }
    </QueryView>
  );
}

export function WebhooksPage() {
  const { api, queryClient } = useServices();
  const { organizationId } = useOrganization();
  const [open, setOpen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const webhooks = useQuery({
    queryKey: ['webhooks', organizationId],
    queryFn: () => unwrap(api.GET('/v1/webhooks', { params: { query: { organizationId, limit: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['webhooks'] });
  const ping = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/v1/webhooks/{id}/test', { params: { path: { id } } })),
    onSettled: (_data, _error, id) => {
      setOpen(id);
      void queryClient.invalidateQueries({ queryKey: ['deliveries', id] });
    },
  });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/webhooks', {
          body: {
            organizationId,
            name,
            url,
            format: 'generic',
            events: ['scan.completed', 'finding.opened', 'finding.resolved', 'finding.reopened'],
            ...(secret ? { secret } : {}),
          },
        }),
      ),
    onSuccess: () => {
      setName('');
      setUrl('');
      setSecret('');
      void refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <QueryView query={webhooks} what="webhooks">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>No webhook: nothing is sent to a ticketing system.</EmptyState>
          ) : (
            <ul className="webhook-list">
              {data.items.map((webhook) => (
                <li key={webhook.id} className="panel">
                  <div className="webhook-head">
                    <div>
                      <strong>{webhook.name}</strong> <span className="badge">{webhook.format}</span>{' '}
                      {webhook.enabled ? null : (
                        <span className="badge">disabled: {webhook.disabledReason}</span>
                      )}
                      <div className="mono small muted">{webhook.url}</div>
                      <div className="small muted">{webhook.events.join(', ')}</div>
                    </div>
                    <div className="actions">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => ping.mutate(webhook.id)}
                      >
                        Send test ping
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        aria-expanded={open === webhook.id}
                        onClick={() => setOpen(open === webhook.id ? null : webhook.id)}
                      >
                        Deliveries
                      </button>
                    </div>
                  </div>
                  {open === webhook.id ? <Deliveries webhookId={webhook.id} /> : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <ActionError error={ping.error} />
      <form className="panel form-row" onSubmit={submit} aria-label="New webhook">
        <label className="field">
          <span>Name</span>
          <input required value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>URL (signed generic events)</span>
          <input
            required
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://hooks.example.com/orgscan"
          />
        </label>
        <label className="field">
          <span>Signing secret (optional)</span>
          <input
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Add webhook
        </button>
        <ActionError error={create.error} />
      </form>
    </section>
  );
}
