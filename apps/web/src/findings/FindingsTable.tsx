import { Link } from '@tanstack/react-router';
import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { PostureFinding } from '../api/types';
import { formatDate, SeverityBadge, StatusBadge } from '../components/ui';

const ROW_HEIGHT = 44;

const columns: ColumnDef<PostureFinding>[] = [
  {
    id: 'severity',
    header: 'Severity',
    cell: ({ row }) => <SeverityBadge severity={row.original.severity} />,
    size: 110,
  },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <StatusBadge status={row.original.status} muted={row.original.muted} />,
    size: 100,
  },
  {
    id: 'finding',
    header: 'Finding',
    cell: ({ row }) => (
      <Link
        to="/findings/$fingerprint"
        params={{ fingerprint: row.original.fingerprint }}
        className="finding-link"
      >
        {row.original.title ?? row.original.checkId}
      </Link>
    ),
    size: 360,
  },
  {
    id: 'account',
    header: 'Account',
    cell: ({ row }) => (
      <span>
        {row.original.accountName ?? ''} <span className="muted mono">{row.original.accountId}</span>
      </span>
    ),
    size: 220,
  },
  {
    id: 'region',
    header: 'Region',
    cell: ({ row }) => <span className="mono">{row.original.region}</span>,
    size: 120,
  },
  {
    id: 'resource',
    header: 'Resource',
    cell: ({ row }) => (
      <span className="mono truncate" title={row.original.resourceId}>
        {row.original.resourceId}
      </span>
    ),
    size: 320,
  },
  { id: 'firstSeen', header: 'First seen', cell: ({ row }) => formatDate(row.original.firstSeen), size: 170 },
];

/**
 * The findings in a virtualised table: only the rows in view are in the page (smooth at tens of thousands),
 * with spacer rows keeping the scroll height. Reaching the end asks for the next page.
 */
export function FindingsTable(props: {
  findings: readonly PostureFinding[];
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
}) {
  const scroller = useRef<HTMLElement>(null);
  const table = useReactTable({
    data: props.findings as PostureFinding[],
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.fingerprint,
  });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Rows to show before the scroll box is measured (first paint, and DOMs without layout).
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasMore, loadingMore, onNeedMore } = props;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 40) onNeedMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onNeedMore]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <section
      className="table-scroll findings-scroll"
      ref={scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the keyboard must reach a scrolling region (axe: scrollable-region-focusable)
      tabIndex={0}
      aria-label="Findings (scrollable)"
    >
      <table className="table findings-table" aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" style={{ width: header.getSize() }}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 ? (
            <tr className="spacer">
              <td colSpan={columns.length} style={{ height: top }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr className="spacer">
              <td colSpan={columns.length} style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
