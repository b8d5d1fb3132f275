import { SEVERITIES, type Severity } from '@orgscan/checks';
import { escapeHtml } from './escape.js';

export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: '#8f1d1d',
  high: '#d92d20',
  medium: '#e8850c',
  low: '#2f6fdb',
  informational: '#8a94a6',
};

const LABEL: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  informational: 'Info',
};

/** Vertical bars: open failures per severity, each bar labelled with its count. */
export function severityChart(counts: Readonly<Record<Severity, number>>): string {
  const width = 420;
  const height = 200;
  const top = 20;
  const bottom = 28;
  const slot = width / SEVERITIES.length;
  const barWidth = slot * 0.56;
  const max = Math.max(1, ...SEVERITIES.map((severity) => counts[severity]));
  const bars = SEVERITIES.map((severity, index) => {
    const value = counts[severity];
    const barHeight = Math.round(((height - top - bottom) * value) / max);
    const x = Math.round(index * slot + (slot - barWidth) / 2);
    const y = height - bottom - barHeight;
    return (
      `<rect x="${x}" y="${y}" width="${Math.round(barWidth)}" height="${Math.max(barHeight, value > 0 ? 2 : 0)}" rx="3" fill="${SEVERITY_COLOURS[severity]}"><title>${LABEL[severity]}: ${value}</title></rect>` +
      `<text x="${Math.round(x + barWidth / 2)}" y="${y - 6}" text-anchor="middle" class="chart-value">${value}</text>` +
      `<text x="${Math.round(x + barWidth / 2)}" y="${height - 8}" text-anchor="middle" class="chart-label">${LABEL[severity]}</text>`
    );
  }).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Open failures by severity"><line x1="0" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" class="chart-axis"/>${bars}</svg>`;
}

/** Horizontal stacked bars: open failures per OU, split by severity; the OUs with most failures first. */
export function ouChart(
  rows: ReadonlyArray<{ ouPath: string; failures: Readonly<Record<Severity, number>>; total: number }>,
  limit = 12,
): string {
  const shown = rows.slice(0, limit);
  if (shown.length === 0) return '<p class="empty">No open failures.</p>';
  const labelWidth = 220;
  const barArea = 300;
  const rowHeight = 26;
  const width = labelWidth + barArea + 50;
  const height = shown.length * rowHeight + 6;
  const max = Math.max(1, ...shown.map((row) => row.total));
  const body = shown
    .map((row, index) => {
      const y = index * rowHeight + 4;
      let x = labelWidth;
      const segments = SEVERITIES.map((severity) => {
        const value = row.failures[severity];
        if (value === 0) return '';
        const segmentWidth = Math.max(1, Math.round((barArea * value) / max));
        const segment = `<rect x="${x}" y="${y}" width="${segmentWidth}" height="${rowHeight - 8}" fill="${SEVERITY_COLOURS[severity]}"><title>${escapeHtml(row.ouPath)} — ${LABEL[severity]}: ${value}</title></rect>`;
        x += segmentWidth;
        return segment;
      }).join('');
      const label = row.ouPath.length > 34 ? `…${row.ouPath.slice(-33)}` : row.ouPath;
      return (
        `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end" class="chart-label"><title>${escapeHtml(row.ouPath)}</title>${escapeHtml(label)}</text>` +
        segments +
        `<text x="${x + 6}" y="${y + 13}" class="chart-value">${row.total}</text>`
      );
    })
    .join('');
  const more =
    rows.length > limit
      ? `<p class="note">${rows.length - limit} more OUs with failures are in the findings below.</p>`
      : '';
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Open failures by OU">${body}</svg>${more}`;
}

/** The severity legend under the charts. */
export function severityLegend(): string {
  return `<ul class="legend">${SEVERITIES.map(
    (severity) =>
      `<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${SEVERITY_COLOURS[severity]}"/></svg>${LABEL[severity]}</li>`,
  ).join('')}</ul>`;
}
