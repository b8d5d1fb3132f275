import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { unwrap } from '../../api/client';
import { useOrganization, useServices } from '../../app/services';
import { EmptyState, formatDate, QueryView } from '../../components/ui';
import { ActionError } from './admin-ui';

export function SchedulesPage() {
  const { api, queryClient } = useServices();
  const { organizationId } = useOrganization();
  const [name, setName] = useState('');
  const [cron, setCron] = useState('0 2 * * *');
  const [timezone, setTimezone] = useState('UTC');
  const schedules = useQuery({
    queryKey: ['schedules', organizationId],
    queryFn: () => unwrap(api.GET('/v1/schedules', { params: { query: { organizationId, limit: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['schedules'] });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/schedules', { body: { organizationId, name, cron, timezone } })),
    onSuccess: () => {
      setName('');
      void refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (input: { id: string; enabled: boolean }) =>
      unwrap(
        api.PATCH('/v1/schedules/{id}', {
          params: { path: { id: input.id } },
          body: { enabled: input.enabled },
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/v1/schedules/{id}', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="schedules-title">
      <h2 id="schedules-title">Scan schedules</h2>
      <QueryView query={schedules} what="schedules">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>No schedule: scans run only when started.</EmptyState>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Cron</th>
                  <th scope="col">Next runs</th>
                  <th scope="col">Last run</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((schedule) => (
                  <tr key={schedule.id}>
                    <th scope="row">
                      {schedule.name} {schedule.enabled ? null : <span className="badge">disabled</span>}
                    </th>
                    <td className="mono">
                      {schedule.cron} <span className="muted">({schedule.timezone})</span>
                    </td>
                    <td>{schedule.nextRuns.length ? schedule.nextRuns.map(formatDate).join(' · ') : '—'}</td>
                    <td>
                      {schedule.lastRun
                        ? `${schedule.lastRun.outcome} · ${formatDate(schedule.lastRun.firedAt)}`
                        : '—'}
                    </td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => toggle.mutate({ id: schedule.id, enabled: !schedule.enabled })}
                      >
                        {schedule.enabled ? 'Disable' : 'Enable'}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => remove.mutate(schedule.id)}
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
      <ActionError error={toggle.error ?? remove.error} />
      <form className="panel form-row" onSubmit={submit} aria-label="New schedule">
        <label className="field">
          <span>Name</span>
          <input
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="Nightly CIS scan"
          />
        </label>
        <label className="field">
          <span>Cron</span>
          <input required value={cron} onChange={(event) => setCron(event.target.value)} />
        </label>
        <label className="field">
          <span>Time zone</span>
          <input required value={timezone} onChange={(event) => setTimezone(event.target.value)} />
        </label>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Add schedule
        </button>
        <ActionError error={create.error} />
      </form>
    </section>
  );
}
