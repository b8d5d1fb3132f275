import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

export function PageHeader(props: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.subtitle ? <p className="subtitle">{props.subtitle}</p> : null}
      </div>
      {props.actions ? <div className="page-actions">{props.actions}</div> : null}
    </header>
  );
}

export function Loading(props: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {props.what}…
    </p>
  );
}

export function ErrorState(props: { error: unknown; what: string }) {
  const detail =
    props.error instanceof ApiError
      ? props.error.detail
      : String((props.error as Error)?.message ?? props.error);
  return (
    <div className="state state-error" role="alert">
      <strong>Could not load {props.what}.</strong> {detail}
    </div>
  );
}

export function EmptyState(props: { children: ReactNode }) {
  return <div className="state state-empty">{props.children}</div>;
}

/** Loading, error and data states of one query, in one place. */
export function QueryView<T>(props: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (props.query.isPending) return <Loading what={props.what} />;
  if (props.query.error || props.query.data === undefined)
    return <ErrorState error={props.query.error} what={props.what} />;
  return <>{props.children(props.query.data)}</>;
}

export function SeverityBadge(props: { severity: string }) {
  return <span className={`badge severity severity-${props.severity}`}>{props.severity}</span>;
}

export function StatusBadge(props: { status: string | null; muted?: boolean }) {
  if (props.muted) return <span className="badge status status-muted">muted</span>;
  const status = props.status ?? 'GONE';
  return (
    <span className={`badge status status-${status.toLowerCase()}`}>
      {status === 'GONE' ? 'resource gone' : status}
    </span>
  );
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return (
    new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) +
    ' UTC'
  );
}

export function formatPercent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)} %`;
}

/**
 * A coverage figure, "71 % judged": the share of check × region cells judged, rounded down so that one cell
 * not judged never reads as 100 %. "—" when not known (not finished yet, or scanned before cells were counted).
 */
export function formatJudged(cells: { judged: number; total: number } | null | undefined): string {
  if (!cells) return '—';
  return `${cells.total === 0 ? 100 : Math.floor((cells.judged / cells.total) * 100)} % judged`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** A signed change, with whether it is good news (fewer failures, higher pass rate). */
export function Delta(props: { value: number | null; unit?: 'count' | 'rate'; goodWhen: 'up' | 'down' }) {
  if (props.value === null) return null;
  if (props.value === 0) return <span className="delta delta-flat">no change</span>;
  const good = props.goodWhen === 'up' ? props.value > 0 : props.value < 0;
  const text =
    props.unit === 'rate'
      ? `${props.value > 0 ? '+' : '−'}${Math.abs(props.value * 100).toFixed(1)} pts`
      : `${props.value > 0 ? '+' : '−'}${formatCount(Math.abs(props.value))}`;
  return <span className={`delta ${good ? 'delta-good' : 'delta-bad'}`}>{text}</span>;
}

/** A scrolling box (wide or long tables): focusable so the keyboard can scroll it, and named. */
export function ScrollRegion(props: { className?: string; label: string; children: ReactNode }) {
  return (
    <section
      className={props.className ?? 'table-scroll'}
      aria-label={props.label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the keyboard must reach a scrolling region (axe: scrollable-region-focusable)
      tabIndex={0}
    >
      {props.children}
    </section>
  );
}
