import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, unwrap } from '../api/client';
import type { FindingDetail } from '../api/types';
import { useApi, useServices, useSession } from '../app/services';
import { formatDate, PageHeader, QueryView, SeverityBadge, StatusBadge } from '../components/ui';

interface TicketRef {
  readonly system?: string;
  readonly key?: string;
  readonly url?: string;
  readonly state?: string;
}

function MuteForm(props: { finding: FindingDetail }) {
  const { finding } = props;
  const services = useServices();
  const [reason, setReason] = useState('');
  const [owner, setOwner] = useState('');
  const [expires, setExpires] = useState('');
  const mute = useMutation({
    mutationFn: () =>
      unwrap(
        services.api.POST('/v1/mutes', {
          body: {
            organizationId: finding.organizationId,
            accountId: finding.accountId,
            region: finding.region,
            checkId: finding.checkId,
            resourcePattern: finding.resourceId,
            reason,
            owner,
            ...(expires ? { expiresAt: new Date(`${expires}T23:59:59Z`).toISOString() } : {}),
          },
        }),
      ),
    onSuccess: () => services.queryClient.invalidateQueries(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mute.mutate();
  };
  return (
    <form className="panel mute-form" onSubmit={submit} aria-labelledby="mute-title">
      <h2 id="mute-title">Mute this finding</h2>
      <p className="muted small">
        Accept the risk for this resource: it stays visible, marked muted, and no longer counts as a failure.
      </p>
      <label className="field">
        <span>Reason</span>
        <textarea
          name="reason"
          required
          minLength={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Owner</span>
        <input
          name="owner"
          required
          value={owner}
          onChange={(event) => setOwner(event.target.value)}
          placeholder="team or person"
        />
      </label>
      <label className="field">
        <span>Expires (optional)</span>
        <input
          name="expires"
          type="date"
          value={expires}
          onChange={(event) => setExpires(event.target.value)}
        />
      </label>
      {mute.error ? (
        <p className="form-error" role="alert">
          {mute.error instanceof ApiError ? mute.error.detail : 'The mute could not be saved'}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={mute.isPending}>
        {mute.isPending ? 'Muting…' : 'Mute'}
      </button>
    </form>
  );
}

function Detail(props: { finding: FindingDetail }) {
  const { finding } = props;
  const { can } = useSession();
  const tickets = finding.ticketRefs as TicketRef[];
  return (
    <>
      <PageHeader
        title={finding.title ?? finding.checkId}
        subtitle={
          <>
            <SeverityBadge severity={finding.severity} />{' '}
            <StatusBadge status={finding.status} muted={finding.muted} />{' '}
            {finding.recordState === 'archived' ? <span className="badge">resource gone</span> : null}{' '}
            <span className="mono muted">{finding.checkId}</span>
          </>
        }
      />
      <div className="grid-2">
        <section className="panel" aria-labelledby="what-title">
          <h2 id="what-title">What was found</h2>
          <p className="message">{finding.message}</p>
          {finding.errorCode ? (
            <p>
              AWS error code: <code>{finding.errorCode}</code>
            </p>
          ) : null}
          <dl className="facts">
            <dt>Resource</dt>
            <dd className="mono break">{finding.resourceId}</dd>
            <dt>Type</dt>
            <dd>{finding.resourceType}</dd>
            <dt>Account</dt>
            <dd>
              <Link to="/accounts/$accountId" params={{ accountId: finding.accountId }}>
                {finding.accountName ?? finding.accountId}
              </Link>{' '}
              <span className="mono muted">{finding.accountId}</span>
            </dd>
            <dt>Region</dt>
            <dd className="mono">{finding.region}</dd>
            <dt>First seen</dt>
            <dd>{formatDate(finding.firstSeen)}</dd>
            <dt>Last seen</dt>
            <dd>{formatDate(finding.lastSeen)}</dd>
            <dt>Status since</dt>
            <dd>{formatDate(finding.statusChangedAt)}</dd>
            {finding.muted ? (
              <>
                <dt>Muted by</dt>
                <dd>
                  {finding.muteId ? (
                    <Link to="/admin/mutes">mute {finding.muteId.slice(0, 8)}</Link>
                  ) : (
                    'a mute'
                  )}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="panel" aria-labelledby="fix-title">
          <h2 id="fix-title">How to fix it</h2>
          {finding.remediation ? (
            <>
              <p>{finding.remediation.text}</p>
              {finding.remediation.cli ? <pre className="cli">{finding.remediation.cli}</pre> : null}
              <p>
                <a href={finding.remediation.url} target="_blank" rel="noreferrer noopener">
                  AWS documentation
                </a>
              </p>
            </>
          ) : (
            <p className="muted">No remediation is known for this check.</p>
          )}
          <h3>Compliance requirements</h3>
          {finding.compliance.length === 0 ? (
            <p className="muted">Not mapped to a framework.</p>
          ) : (
            <ul className="plain">
              {finding.compliance.map((entry) => (
                <li key={entry.framework}>
                  <Link to="/compliance" search={{ framework: entry.framework }}>
                    {entry.framework}
                  </Link>
                  : {entry.requirements.join(', ')}
                </li>
              ))}
            </ul>
          )}
          <h3>Tickets</h3>
          {tickets.length === 0 ? (
            <p className="muted">No ticket was opened for it.</p>
          ) : (
            <ul className="plain">
              {tickets.map((ticket) => (
                <li key={`${ticket.system}:${ticket.key}`}>
                  {ticket.system} {ticket.url ? <a href={ticket.url}>{ticket.key}</a> : ticket.key} ·{' '}
                  {ticket.state}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="grid-2">
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">History across scans</h2>
          <ol className="timeline">
            {finding.history.map((entry) => (
              <li key={entry.scanId} className={entry.change ? `timeline-${entry.change}` : undefined}>
                <span className="timeline-date">
                  <Link to="/scans/$scanId" params={{ scanId: entry.scanId }}>
                    {formatDate(entry.scanCreatedAt)}
                  </Link>
                </span>
                <StatusBadge status={entry.status} muted={entry.muted} />
                {entry.change ? (
                  <span className={`badge change change-${entry.change}`}>{entry.change}</span>
                ) : null}
                {entry.message ? <span className="timeline-message">{entry.message}</span> : null}
              </li>
            ))}
          </ol>
        </section>
        {can('admin') && !finding.muted && finding.status === 'FAIL' ? <MuteForm finding={finding} /> : null}
      </div>
    </>
  );
}

export function FindingPage() {
  const api = useApi();
  const { fingerprint } = useParams({ from: '/app/findings/$fingerprint' });
  const finding = useQuery({
    queryKey: ['finding', fingerprint],
    queryFn: () =>
      unwrap(
        api.GET('/v1/findings/{fingerprint}', {
          params: { path: { fingerprint }, query: { historyLimit: 50 } },
        }),
      ),
  });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/findings">Findings</Link> ›
      </p>
      <QueryView query={finding} what="the finding">
        {(data) => <Detail finding={data} />}
      </QueryView>
    </div>
  );
}
