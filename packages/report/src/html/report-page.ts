/// <reference lib="dom" />

/**
 * The report page's only script, run in the browser: the findings explorer. It reads the findings embedded
 * as JSON (dictionary-encoded: one row per finding, repeated strings as indexes) and shows them a page at
 * a time — filtered by status, severity, account, region, check, mute and text — with each finding's
 * remediation on click. It must stay self-contained: it is serialised with Function.prototype.toString
 * into the page (no imports, no closure over module scope), and its hash goes in the page's CSP.
 * Data from the scanned accounts is only ever set as text, never parsed as HTML.
 */
export function reportPage(): void {
  interface CheckInfo {
    id: string;
    title: string;
    severity: string;
    service: string;
    remediation: { text: string; cli: string | null; url: string };
    requirements: string[];
  }
  interface PageData {
    statuses: string[];
    severities: string[];
    rows: Array<
      [number, number, number, number, number, string, number, string | null, number, string | null]
    >;
    messages: string[];
    regions: string[];
    types: string[];
    checks: CheckInfo[];
    accounts: Array<{ id: string; name: string; ou: string }>;
  }
  const PAGE_SIZE = 50;
  const source = document.getElementById('orgscan-data');
  const root = document.getElementById('findings-app');
  if (!source || !root) return;
  const data = JSON.parse(source.textContent ?? '{}') as PageData;

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attributes: Record<string, string> = {},
    ...children: Array<Node | string | null>
  ): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const child of children) if (child !== null) element.append(child);
    return element;
  };
  const option = (value: string, label: string) => el('option', { value }, label);

  // Worst first: severity, then status (FAIL, ERROR, MANUAL, PASS, SKIPPED), then check and account.
  const statusRank = (status: number) =>
    ['FAIL', 'ERROR', 'MANUAL', 'PASS', 'SKIPPED'].indexOf(data.statuses[status] ?? '');
  const severityRank = (check: number) => data.severities.indexOf(data.checks[check]?.severity ?? '');
  const order = data.rows.map((_, index) => index);
  order.sort((a, b) => {
    const x = data.rows[a]!;
    const y = data.rows[b]!;
    return (
      statusRank(x[3]) - statusRank(y[3]) ||
      severityRank(x[0]) - severityRank(y[0]) ||
      x[0] - y[0] ||
      x[1] - y[1] ||
      (x[5] < y[5] ? -1 : x[5] > y[5] ? 1 : 0)
    );
  });

  const statusBoxes = data.statuses.map((status) => {
    const box = el('input', { type: 'checkbox', id: `f-status-${status}`, value: status });
    box.checked = status === 'FAIL' || status === 'ERROR' || status === 'MANUAL';
    return box;
  });
  const severity = el(
    'select',
    { id: 'f-severity' },
    option('', 'Any'),
    ...data.severities.map((name) => option(name, name)),
  );
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const account = el(
    'select',
    { id: 'f-account' },
    option('', 'All accounts'),
    ...data.accounts
      .map((entry, index) => ({ value: String(index), label: `${entry.name} (${entry.id})` }))
      .sort(byName)
      .map((entry) => option(entry.value, entry.label)),
  );
  const region = el(
    'select',
    { id: 'f-region' },
    option('', 'All regions'),
    ...data.regions
      .map((name, index) => ({ value: String(index), label: name }))
      .sort(byName)
      .map((entry) => option(entry.value, entry.label)),
  );
  const check = el(
    'select',
    { id: 'f-check' },
    option('', 'All checks'),
    ...data.checks
      .map((entry, index) => ({ value: String(index), label: entry.id }))
      .sort(byName)
      .map((entry) => option(entry.value, entry.label)),
  );
  const muted = el(
    'select',
    { id: 'f-muted' },
    option('', 'Muted or not'),
    option('0', 'Not muted'),
    option('1', 'Muted only'),
  );
  const search = el('input', {
    type: 'search',
    id: 'f-search',
    placeholder: 'Resource, message, check, account…',
  });
  const count = el('span', { id: 'findings-count' });
  const previous = el('button', { type: 'button', id: 'page-previous' }, '‹ Previous');
  const next = el('button', { type: 'button', id: 'page-next' }, 'Next ›');
  const position = el('span', { id: 'page-position' });
  const body = el('tbody', { id: 'findings-body' });

  const label = (text: string, control: HTMLElement) => el('label', {}, text, control);
  root.append(
    el(
      'div',
      { class: 'filters' },
      el(
        'fieldset',
        {},
        el('legend', {}, 'Status'),
        ...statusBoxes.map((box) => el('label', {}, box, box.value)),
      ),
      label('Severity', severity),
      label('Account', account),
      label('Region', region),
      label('Check', check),
      label('Mute', muted),
      label('Search', search),
    ),
    el('p', { class: 'note' }, count),
    el(
      'table',
      { class: 'findings' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Status', 'Severity', 'Check', 'Account', 'Region', 'Resource', 'Message'].map((name) =>
            el('th', {}, name),
          ),
        ),
      ),
      body,
    ),
    el('div', { class: 'pager' }, previous, position, next),
  );

  let matches: number[] = [];
  let page = 0;

  const applyFilters = () => {
    const statuses = new Set(
      statusBoxes.filter((box) => box.checked).map((box) => data.statuses.indexOf(box.value)),
    );
    const severityWanted = severity.value;
    const accountWanted = account.value === '' ? -1 : Number(account.value);
    const regionWanted = region.value === '' ? -1 : Number(region.value);
    const checkWanted = check.value === '' ? -1 : Number(check.value);
    const mutedWanted = muted.value === '' ? -1 : Number(muted.value);
    const text = search.value.trim().toLowerCase();
    matches = order.filter((index) => {
      const row = data.rows[index]!;
      if (!statuses.has(row[3])) return false;
      if (severityWanted && data.checks[row[0]]?.severity !== severityWanted) return false;
      if (accountWanted >= 0 && row[1] !== accountWanted) return false;
      if (regionWanted >= 0 && row[2] !== regionWanted) return false;
      if (checkWanted >= 0 && row[0] !== checkWanted) return false;
      if (mutedWanted >= 0 && row[8] !== mutedWanted) return false;
      if (!text) return true;
      const owner = data.accounts[row[1]];
      const info = data.checks[row[0]];
      return [
        row[5],
        data.messages[row[6]] ?? '',
        info?.id ?? '',
        info?.title ?? '',
        owner?.name ?? '',
        owner?.id ?? '',
        row[7] ?? '',
      ]
        .join('\u0000')
        .toLowerCase()
        .includes(text);
    });
    page = 0;
    render();
  };

  const detail = (row: PageData['rows'][number]): HTMLElement => {
    const info = data.checks[row[0]];
    const owner = data.accounts[row[1]];
    const cell = el('td', { colspan: '7', class: 'detail' });
    const add = (title: string, ...content: Array<Node | string>) =>
      cell.append(el('h4', {}, title), el('div', {}, ...content));
    add('Finding', data.messages[row[6]] ?? '');
    add('Resource', el('span', { class: 'mono' }, row[5]), ` (${data.types[row[4]] ?? ''})`);
    add(
      'Account',
      `${owner?.name ?? ''} (${owner?.id ?? ''}) — ${owner?.ou ?? ''}; region ${data.regions[row[2]] ?? ''}`,
    );
    if (row[7]) add('Error code', el('span', { class: 'mono' }, row[7]));
    if (row[8] === 1)
      add('Muted', `Accepted risk${row[9] ? ` (${row[9]})` : ''}: not counted as an open failure.`);
    if (info) {
      add('Check', `${info.title} — ${info.id} (${info.service}, ${info.severity})`);
      add('Remediation', info.remediation.text);
      if (info.remediation.cli) cell.append(el('pre', {}, info.remediation.cli));
      cell.append(
        el(
          'div',
          {},
          el(
            'a',
            { href: info.remediation.url, target: '_blank', rel: 'noopener noreferrer' },
            info.remediation.url,
          ),
        ),
      );
      if (info.requirements.length > 0) add('Requirements', info.requirements.join(', '));
    }
    return el('tr', { class: 'detail' }, cell);
  };

  const render = () => {
    const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    const first = page * PAGE_SIZE;
    const shown = matches.slice(first, first + PAGE_SIZE);
    count.textContent = `${matches.length.toLocaleString('en')} of ${data.rows.length.toLocaleString('en')} findings match`;
    position.textContent =
      matches.length === 0
        ? 'no findings'
        : `${first + 1}–${first + shown.length} of ${matches.length.toLocaleString('en')}`;
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    body.replaceChildren(
      ...shown.map((index) => {
        const row = data.rows[index]!;
        const info = data.checks[row[0]];
        const status = data.statuses[row[3]] ?? '';
        const owner = data.accounts[row[1]];
        const tr = el(
          'tr',
          { class: 'finding', 'data-index': String(index) },
          el(
            'td',
            {},
            el('span', { class: `pill s-${status}` }, row[8] === 1 ? `${status} (muted)` : status),
          ),
          el('td', {}, el('span', { class: `sev sev-${info?.severity ?? ''}` }, info?.severity ?? '')),
          el('td', {}, info?.title ?? '', el('div', { class: 'muted mono small' }, info?.id ?? '')),
          el('td', { class: 'name' }, owner?.name ?? '', el('div', { class: 'muted mono' }, owner?.id ?? '')),
          el('td', { class: 'nowrap' }, data.regions[row[2]] ?? ''),
          el('td', { class: 'mono wrap small' }, row[5]),
          el('td', {}, data.messages[row[6]] ?? ''),
        );
        tr.addEventListener('click', () => {
          const open = tr.nextElementSibling;
          if (open?.classList.contains('detail')) open.remove();
          else tr.after(detail(row));
        });
        return tr;
      }),
    );
  };

  for (const control of [...statusBoxes, severity, account, region, check, muted])
    control.addEventListener('change', applyFilters);
  search.addEventListener('input', applyFilters);
  previous.addEventListener('click', () => {
    page -= 1;
    render();
  });
  next.addEventListener('click', () => {
    page += 1;
    render();
  });
  applyFilters();
}
