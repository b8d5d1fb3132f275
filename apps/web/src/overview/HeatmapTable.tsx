import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { unwrap } from '../api/client';
import type { Heatmap } from '../api/types';
import { useApi, useOrganization } from '../app/services';
import { QueryView, ScrollRegion } from '../components/ui';
import {
  type CellTone,
  cellFindingsSearch,
  cellTone,
  describeCell,
  initiallyExpanded,
  TONE_LABELS,
  visibleRows,
} from './heatmap-shape';

const LEGEND: CellTone[] = ['bad', 'poor', 'fair', 'good', 'error', 'none'];

function Grid(props: { heatmap: Heatmap; onSection: (section: string) => void }) {
  const { heatmap } = props;
  const [expanded, setExpanded] = useState<Set<string>>(() => initiallyExpanded(heatmap.rows));
  const rows = useMemo(() => visibleRows(heatmap.rows, expanded), [heatmap.rows, expanded]);
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ScrollRegion className="heatmap-scroll" label="Heatmap (scrollable)">
      <table
        className="heatmap"
        aria-label={`Pass rate per OU and account × ${heatmap.section ?? 'section'}`}
      >
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner">
              OU / account
            </th>
            {heatmap.columns.map((column) => (
              <th key={column.id} scope="col" className="heatmap-column">
                {heatmap.section === null ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onSection(column.id)}
                    title={`Show the checks of ${column.label}`}
                  >
                    {column.label}
                  </button>
                ) : (
                  <Link
                    to="/findings"
                    search={{ checkId: column.checks[0], status: ['FAIL', 'ERROR'] }}
                    title={column.id}
                  >
                    {column.label}
                  </Link>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`heatmap-row heatmap-${row.kind}`}>
              <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 1.1}rem` }}>
                {row.kind === 'ou' ? (
                  <button
                    type="button"
                    className="tree-toggle"
                    aria-expanded={expanded.has(row.id)}
                    onClick={() => toggle(row.id)}
                  >
                    <span aria-hidden="true">{expanded.has(row.id) ? '▾' : '▸'}</span> {row.name}
                    <span className="muted"> · {row.accounts} accounts</span>
                  </button>
                ) : (
                  <Link to="/accounts/$accountId" params={{ accountId: row.id }}>
                    {row.name} <span className="muted mono">{row.id}</span>
                  </Link>
                )}
              </th>
              {heatmap.columns.map((column, index) => {
                const cell = row.cells[index] ?? null;
                const tone = cellTone(cell);
                const label = describeCell(row, column, cell);
                return (
                  <td key={column.id} className={`cell tone-${tone}`}>
                    {cell ? (
                      <Link to="/findings" search={cellFindingsSearch(row, column)} title={label}>
                        <span aria-hidden="true">
                          {cell.passRate === null
                            ? cell.error > 0
                              ? 'ERR'
                              : '—'
                            : `${Math.round(cell.passRate * 100)}%`}
                        </span>
                        {cell.fail > 0 ? <small aria-hidden="true">{cell.fail}</small> : null}
                        <span className="visually-hidden">{label}</span>
                      </Link>
                    ) : (
                      <span title={label}>
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{label}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Accounts grouped by OU × CIS sections (drill into a section for its checks); cells link to findings. */
export function HeatmapPanel() {
  const api = useApi();
  const { organizationId } = useOrganization();
  const [section, setSection] = useState<string | null>(null);
  const heatmap = useQuery({
    queryKey: ['heatmap', organizationId, section],
    queryFn: () =>
      unwrap(
        api.GET('/v1/posture/heatmap', {
          params: { query: { organizationId, ...(section ? { section } : {}) } },
        }),
      ),
  });
  return (
    <section className="panel panel-wide" aria-labelledby="heatmap-title">
      <div className="panel-header">
        <h2 id="heatmap-title">
          {section ? (
            <>
              <button type="button" className="link-button" onClick={() => setSection(null)}>
                CIS sections
              </button>{' '}
              › {section}
            </>
          ) : (
            'Where it fails: OUs and accounts × CIS sections'
          )}
        </h2>
        <ul className="legend" aria-label="Cell colours">
          {LEGEND.map((tone) => (
            <li key={tone}>
              <span className={`swatch tone-${tone}`} aria-hidden="true" /> {TONE_LABELS[tone]}
            </li>
          ))}
        </ul>
      </div>
      <p className="muted small">
        Pass rate per cell (open failures in small figures). Expand an OU for its accounts; pick a section for
        its checks; a cell opens its failing findings.
      </p>
      <QueryView query={heatmap} what="the heatmap">
        {(data) =>
          data.rows.length === 0 ? (
            <p className="state state-empty">No accounts yet: start a scan to see the heatmap.</p>
          ) : (
            <Grid key={`${organizationId}:${section}`} heatmap={data} onSection={setSection} />
          )
        }
      </QueryView>
    </section>
  );
}
