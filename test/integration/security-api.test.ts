import { DEMO_ACCOUNTS } from '@orgscan/aws';
import { checks, checksByRequirement, findFramework, frameworks } from '@orgscan/checks';
import { buildComplianceReport } from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

const { management, prodWeb, prodData, devSandbox, devExperiments, retiredApp } = DEMO_ACCOUNTS;
const OU = {
  workloads: 'ou-demo1-workload1',
  production: 'ou-demo1-producti1',
  development: 'ou-demo1-developm1',
};

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

interface Finding {
  fingerprint: string;
  accountId: string;
  checkId: string;
  resourceId: string;
  status: string;
  severity: string;
  recordState: string;
  muted: boolean;
  muteId: string | null;
}

let orgscan: InProcessOrgscan;

async function call(
  path: string,
  init: RequestInit & { key?: string } = {},
): Promise<{ status: number; body: Json }> {
  const { key, ...rest } = init;
  const response = await orgscan.fetch(path, {
    ...rest,
    headers: {
      ...(rest.body ? { 'content-type': 'application/json' } : {}),
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
  });
  const text = await response.text();
  const json = /^application\/(problem\+)?json/.test(response.headers.get('content-type') ?? '');
  return { status: response.status, body: text && json ? JSON.parse(text) : text };
}

async function get(path: string): Promise<Json> {
  const { status, body } = await call(path);
  expect(status, `GET ${path}: ${JSON.stringify(body)}`).toBe(200);
  return body;
}

async function allPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Json = await get(
      `${path}${path.includes('?') ? '&' : '?'}limit=50${cursor ? `&cursor=${cursor}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function scan(body: object = { services: ['iam'] }): Promise<Json> {
  const started = await call('/v1/scans', { method: 'POST', body: JSON.stringify(body) });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return waitFor(`scan ${started.body.id} to be final and folded into the posture`, async () => {
    const current = await get(`/v1/scans/${started.body.id}`);
    if (!['completed', 'incomplete', 'partial', 'failed'].includes(current.status)) return undefined;
    const diff = await call(`/v1/scans/${current.id}/diff?limit=1`);
    return diff.status === 200 ? current : undefined;
  });
}

function account(id: string) {
  const found = orgscan.org.accounts.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no demo account ${id}`);
  return found;
}

describe('the security team API over HTTP', () => {
  let first: Json;
  let second: Json;

  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
    first = await scan();
  }, 60_000);
  afterAll(async () => {
    await orgscan?.close();
  });

  describe('current posture after a first scan', () => {
    it('holds every finding of the scan once, sorted most severe first, and its summary agrees', async () => {
      const findings = await allPages<Finding>('/v1/findings');
      expect(findings).toHaveLength(first.totals.findings);
      expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
      const ranks = findings.map((f) =>
        ['critical', 'high', 'medium', 'low', 'informational'].indexOf(f.severity),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const summary = await get('/v1/summary');
      expect(summary.totals).toMatchObject({
        total: first.totals.findings,
        FAIL: first.totals.byStatus.FAIL,
        PASS: first.totals.byStatus.PASS,
        ERROR: first.totals.byStatus.ERROR,
        muted: 0,
      });
      expect(summary.coverage.scan.id).toBe(first.id);
      expect(summary.coverage.accountsWithoutResults).toEqual([devExperiments]);
      const root = summary.byOu.find((ou: Json) => ou.path === 'Root');
      expect(root.total).toBe(first.totals.findings);
      const workloads = summary.byOu.find((ou: Json) => ou.ouId === OU.workloads);
      const production = summary.byOu.find((ou: Json) => ou.ouId === OU.production);
      expect(workloads.total).toBeGreaterThan(production.total);
      const prodDataCounts = summary.byAccount.find((row: Json) => row.accountId === prodData);
      expect(prodDataCounts.passRate).toBeCloseTo(
        prodDataCounts.PASS / (prodDataCounts.PASS + prodDataCounts.FAIL),
        3,
      );
    });

    it('filters by status, account, nested OU, framework requirement, service and resource text', async () => {
      const failing = await allPages<Finding>(`/v1/findings?status=FAIL&accountId=${prodData}`);
      expect(failing.length).toBeGreaterThan(0);
      expect(failing.every((f) => f.status === 'FAIL' && f.accountId === prodData)).toBe(true);

      const underWorkloads = new Set(
        (await allPages<Finding>(`/v1/findings?ouId=${OU.workloads}`)).map((f) => f.accountId),
      );
      expect(underWorkloads).toEqual(new Set([prodWeb, prodData, devSandbox, DEMO_ACCOUNTS.sharedServices]));
      const underProduction = new Set(
        (await allPages<Finding>(`/v1/findings?ouId=${OU.production}`)).map((f) => f.accountId),
      );
      expect(underProduction).toEqual(new Set([prodWeb, prodData]));

      const mapped = checksByRequirement(findFramework('cis-aws-7.0.0')!, checks).get('2.5')!;
      const requirement = await allPages<Finding>('/v1/findings?framework=cis-aws-7.0.0&requirement=2.5');
      expect(requirement.length).toBeGreaterThan(0);
      expect(requirement.every((f) => mapped.includes(f.checkId))).toBe(true);

      const carol = await allPages<Finding>('/v1/findings?resource=USER/CAROL&service=iam');
      expect(carol.length).toBeGreaterThan(0);
      expect(carol.every((f) => f.resourceId.toLowerCase().includes('user/carol'))).toBe(true);

      expect((await get('/v1/findings?checkId=iam-root-mfa-enabled&service=ec2')).items).toEqual([]);
      const invalid = await call('/v1/findings?requirement=2.5');
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors[0].field).toBe('querystring.requirement');
      expect((await call('/v1/findings?framework=nist-800-53')).status).toBe(400);
      expect((await call('/v1/findings?sort=alphabetical')).status).toBe(400);
      expect((await call('/v1/findings?organizationId=nope')).status).toBe(404);
    });

    it('pages with any sort without skipping or repeating', async () => {
      for (const sort of ['-severity', 'firstSeen', '-statusChangedAt']) {
        const findings = await allPages<Finding>(`/v1/findings?sort=${sort}`);
        expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(first.totals.findings);
      }
    });
  });

  describe('lifecycle across scans', () => {
    let rootMfa: Finding;
    let carolFailing: Finding[];

    beforeAll(async () => {
      rootMfa = (
        await allPages<Finding>(`/v1/findings?checkId=iam-root-mfa-enabled&accountId=${devSandbox}`)
      )[0]!;
      carolFailing = await allPages<Finding>('/v1/findings?resource=user/carol&status=FAIL');
      // Between the scans: dev-sandbox's root gets MFA, carol leaves prod-data, mallory joins prod-web.
      account(devSandbox).iam.root.mfa = true;
      account(prodData).iam.users = account(prodData).iam.users.filter((user) => user.name !== 'carol');
      account(prodWeb).iam.users.push({
        name: 'mallory',
        createdDaysAgo: 1,
        console: true,
        mfa: false,
        passwordLastUsedDaysAgo: 0,
        accessKeys: [],
      });
      second = await scan();
    }, 60_000);

    it('records resolved, gone and new findings, relative to the previous scan', async () => {
      expect(rootMfa?.status).toBe('FAIL');
      expect(carolFailing.length).toBeGreaterThan(0);
      const diff = await get(`/v1/scans/${second.id}/diff?limit=1000`);
      expect(diff).toMatchObject({ scanId: second.id, against: first.id, mode: 'recorded' });
      const byFingerprint = new Map(diff.items.map((item: Json) => [item.fingerprint, item]));
      expect(byFingerprint.get(rootMfa.fingerprint)).toMatchObject({
        change: 'resolved',
        previousStatus: 'FAIL',
        status: 'PASS',
      });
      for (const gone of carolFailing) {
        expect(byFingerprint.get(gone.fingerprint)).toMatchObject({ change: 'resolved', status: null });
      }
      const mallory = diff.items.filter((item: Json) => item.resourceId.endsWith('user/mallory'));
      expect(mallory.length).toBeGreaterThan(0);
      expect(mallory.every((item: Json) => item.change === 'new' && item.status === 'FAIL')).toBe(true);
      const resolved = diff.items.filter((item: Json) => item.change === 'resolved');
      expect(diff.counts.resolved).toBe(resolved.length);
      expect(resolved.length).toBeGreaterThanOrEqual(1 + carolFailing.length);
      expect(diff.counts.new).toBe(mallory.length);

      const pairwise = await get(`/v1/scans/${second.id}/diff?against=${first.id}&change=new`);
      expect(pairwise.mode).toBe('pairwise');
      expect(pairwise.counts).toEqual(diff.counts);
      expect(pairwise.items.every((item: Json) => item.change === 'new')).toBe(true);
      expect((await call(`/v1/scans/${first.id}/diff?against=${first.id}`)).status).toBe(400);
    });

    it('keeps gone resources visible as archived, and shows the history of a finding', async () => {
      const archived = await allPages<Finding>('/v1/findings?recordState=archived');
      expect(archived.map((f) => f.fingerprint)).toEqual(
        expect.arrayContaining(carolFailing.map((f) => f.fingerprint)),
      );
      const detail = await get(`/v1/findings/${rootMfa.fingerprint}`);
      expect(detail).toMatchObject({
        status: 'PASS',
        open: false,
        recordState: 'active',
        checkId: 'iam-root-mfa-enabled',
      });
      expect(detail.resolvedAt).not.toBeNull();
      expect(detail.remediation.url).toMatch(/^https:/);
      expect(detail.compliance).toEqual(
        expect.arrayContaining([{ framework: 'cis-aws-7.0.0', requirements: ['2.5'] }]),
      );
      expect(detail.history.map((entry: Json) => [entry.scanId, entry.status, entry.change])).toEqual([
        [second.id, 'PASS', 'resolved'],
        [first.id, 'FAIL', 'new'],
      ]);
      expect((await call('/v1/findings/0123456789abcdef0123456789abcdef')).status).toBe(404);
      expect((await call('/v1/findings/not-a-fingerprint')).status).toBe(400);
    });
  });

  describe('mutes', () => {
    it('mute matching findings at once: visible, not failures in summary or compliance; deleting restores them', async () => {
      const before = await get('/v1/summary');
      const cisBefore = await get(`/v1/compliance/cis-aws-7.0.0?accountId=${prodData}`);
      expect(cisBefore.accounts.items[0].requirements['2.11']).toBe('FAIL');

      const created = await call('/v1/mutes', {
        method: 'POST',
        body: JSON.stringify({
          accountId: prodData,
          checkId: 'iam-credential-unused-45-days-disabled',
          reason: 'ETL user retired next quarter (RISK-7)',
          owner: 'data-platform',
          expiresAt: '2099-01-01T00:00:00Z',
        }),
      });
      expect(created.status).toBe(201);
      const mute = created.body;
      expect(mute.findingsMuted).toBeGreaterThan(0);
      const muted = await allPages<Finding>('/v1/findings?muted=true');
      expect(muted).toHaveLength(mute.findingsMuted);
      expect(muted.every((f) => f.muteId === mute.id && f.accountId === prodData)).toBe(true);

      const after = await get('/v1/summary');
      expect(after.totals.FAIL).toBe(before.totals.FAIL - mute.findingsMuted);
      expect(after.totals.muted).toBe(mute.findingsMuted);
      const cisAfter = await get(`/v1/compliance/cis-aws-7.0.0?accountId=${prodData}`);
      expect(cisAfter.accounts.items[0].requirements['2.11']).toBe('PASS');

      expect(
        (await call(`/v1/mutes/${mute.id}`, { method: 'PATCH', body: JSON.stringify({ owner: 'secops' }) }))
          .body.owner,
      ).toBe('secops');
      expect((await call(`/v1/mutes/${mute.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await get('/v1/summary')).totals).toMatchObject({ FAIL: before.totals.FAIL, muted: 0 });
    });

    it('rejects a mute without scope, reason or owner, with unknown fields, or an expiry in the past', async () => {
      const post = (body: object) => call('/v1/mutes', { method: 'POST', body: JSON.stringify(body) });
      expect((await post({ reason: 'x y z', owner: 'me' })).status).toBe(400);
      const missing = await post({ accountId: prodData });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((error: Json) => error.field)).toEqual(
        expect.arrayContaining(['body.reason', 'body.owner']),
      );
      expect(
        (await post({ accountId: prodData, reason: 'x y z', owner: 'me', everything: true })).body.errors[0]
          .field,
      ).toBe('body.everything');
      expect(
        (await post({ accountId: prodData, reason: 'x y z', owner: 'me', expiresAt: '2020-01-01T00:00:00Z' }))
          .status,
      ).toBe(400);
      expect((await post({ checkId: 'no-such-check', reason: 'x y z', owner: 'me' })).status).toBe(400);
    });

    it('un-mutes at the first scan after the expiry and reports the findings reopened', async () => {
      const created = await call('/v1/mutes', {
        method: 'POST',
        body: JSON.stringify({
          ouId: OU.production,
          resourcePattern: '*:user/deployer',
          reason: 'CI user, tracked in RISK-9',
          owner: 'platform',
        }),
      });
      expect(created.status).toBe(201);
      const covered = (await allPages<Finding>('/v1/findings?muted=true')).filter((f) => f.status === 'FAIL');
      expect(covered.length).toBeGreaterThan(0);
      // The clock moves past the expiry (set directly: no waiting in tests).
      await orgscan.database.pool.query(
        `UPDATE mutes SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [created.body.id],
      );
      expect((await get(`/v1/mutes/${created.body.id}`)).expired).toBe(true);
      const third = await scan();
      const diff = await get(`/v1/scans/${third.id}/diff?change=reopened&limit=1000`);
      expect(diff.items.map((item: Json) => item.fingerprint).sort()).toEqual(
        covered.map((f) => f.fingerprint).sort(),
      );
      expect(diff.counts.reopened).toBe(covered.length);
      expect((await get(`/v1/mutes/${created.body.id}`)).lapsedAt).not.toBeNull();
      expect(await allPages<Finding>('/v1/findings?muted=true')).toEqual([]);
    });
  });

  describe('compliance, accounts and scan summaries', () => {
    it('reports each requirement per account, MANUAL with guidance, unreachable accounts as ERROR per scan', async () => {
      const report = await get('/v1/compliance/cis-aws-7.0.0?limit=3');
      expect(report.requirements).toHaveLength(70);
      const manual = report.requirements.find((requirement: Json) => requirement.id === '2.1.2');
      expect(manual).toMatchObject({ evaluation: 'manual', status: 'MANUAL', findings: null });
      expect(manual.guidance.length).toBeGreaterThan(20);
      const rootMfa = report.requirements.find((requirement: Json) => requirement.id === '2.5');
      expect(rootMfa.findings).toContain('requirement=2.5');
      const cells = Object.values(report.totals.accountRequirements as Record<string, number>).reduce(
        (a, b) => a + b,
        0,
      );
      expect(cells).toBe(report.totals.accounts * 70);
      const pages = [report.accounts.items];
      let cursor = report.accounts.nextCursor;
      while (cursor) {
        const next = await get(`/v1/compliance/cis-aws-7.0.0?limit=3&cursor=${cursor}`);
        pages.push(next.accounts.items);
        cursor = next.accounts.nextCursor;
      }
      const accounts = pages.flat();
      expect(accounts).toHaveLength(report.totals.accounts);
      expect(accounts.find((row: Json) => row.accountId === devExperiments)).toMatchObject({
        outcome: 'not-evaluated',
      });

      const perScan = await get(`/v1/scans/${first.id}/compliance/cis-aws-7.0.0?accountId=${devExperiments}`);
      expect(perScan.scanId).toBe(first.id);
      const unreachable = perScan.accounts.items[0];
      expect(unreachable.outcome).toBe('unreachable');
      expect(unreachable.requirements['2.5']).toBe('ERROR');
      expect(unreachable.requirements['2.1.2']).toBe('MANUAL');
      expect((await call('/v1/compliance/nist-800-53')).status).toBe(404);
    });

    it('keeps compliance cells in SQL that follow exactly the rules of the report builder', async () => {
      // The current posture's cells are computed in SQL at finalize; the builder computes the same from
      // account × check tallies. Both, over the same posture, must agree cell by cell.
      const { store } = orgscan.database;
      const accounts = (await store.rollups.organizationAccounts('default')).map((account) => ({
        account,
        outcome: 'evaluated' as const,
      }));
      const accountChecks = await store.rollups.currentAccountChecks('default');
      for (const framework of frameworks) {
        const fromSql = buildComplianceReport({
          framework,
          accounts,
          cells: await store.rollups.currentCompliance('default', framework.id),
        });
        const fromTallies = buildComplianceReport({ framework, accounts, accountChecks });
        expect(fromSql.accounts, framework.id).toEqual(fromTallies.accounts);
        expect(fromSql.totals.accountRequirements.FAIL, framework.id).toBeGreaterThan(0);
      }
    });

    it('lists accounts with their posture and last scan', async () => {
      const accounts = await allPages<Json>('/v1/accounts');
      expect(accounts).toHaveLength(9);
      expect(accounts.find((row) => row.accountId === devExperiments).lastScan).toMatchObject({
        status: 'failed',
        reason: { category: 'assume-role-denied' },
      });
      expect(accounts.find((row) => row.accountId === retiredApp).lastScan.status).toBe('skipped');
      const one = await get(`/v1/accounts/${prodWeb}`);
      const summary = await get('/v1/summary');
      const row = summary.byAccount.find((entry: Json) => entry.accountId === prodWeb);
      expect(one.posture).toEqual({
        total: row.total,
        PASS: row.PASS,
        FAIL: row.FAIL,
        ERROR: row.ERROR,
        SKIPPED: row.SKIPPED,
        MANUAL: row.MANUAL,
        muted: row.muted,
        passRate: row.passRate,
      });
      expect(
        (await get(`/v1/accounts?ouId=${OU.production}`)).items.map((entry: Json) => entry.accountId),
      ).toEqual([prodWeb, prodData]);
      expect((await call('/v1/accounts/000000000000')).status).toBe(404);
    });

    it("summarises one scan's findings with its coverage", async () => {
      const summary = await get(`/v1/scans/${first.id}/summary`);
      expect(summary.scanId).toBe(first.id);
      expect(summary.totals.total).toBe(first.totals.findings);
      expect(summary.coverage.scan).toMatchObject({ id: first.id, status: 'partial' });
      expect(summary.coverage.accountsWithoutResults).toEqual([devExperiments]);
    });
  });

  describe('exports', () => {
    it('streams the current posture as CSV, NDJSON, OCSF and ASFF with the same filters as the listing', async () => {
      const failing = await allPages<Finding>('/v1/findings?status=FAIL');
      const csv = await call('/v1/findings/export?format=csv&status=FAIL');
      expect(csv.status).toBe(200);
      const lines = (csv.body as string).trimEnd().split('\r\n');
      expect(lines[0]).toMatch(/^fingerprint,organization_id,account_id,/);
      expect(lines).toHaveLength(failing.length + 1);

      const ndjson = (await call('/v1/findings/export?format=ndjson&status=FAIL')).body as string;
      const parsed = ndjson
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(parsed.map((row) => row.fingerprint).sort()).toEqual(failing.map((f) => f.fingerprint).sort());

      const ocsf = ((await call(`/v1/findings/export?format=ocsf&accountId=${prodWeb}`)).body as string)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(ocsf.length).toBeGreaterThan(0);
      for (const event of ocsf) {
        expect(event).toMatchObject({ class_uid: 2004, category_uid: 2, metadata: { version: '1.3.0' } });
        expect(event.type_uid).toBe(200400 + event.activity_id);
        expect(event.cloud).toMatchObject({ provider: 'AWS', account: { uid: prodWeb } });
        expect(event.finding_info.uid).toMatch(/^[0-9a-f]{32}$/);
      }

      const asff = ((await call('/v1/findings/export?format=asff&status=FAIL')).body as string)
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(asff).toHaveLength(failing.length);
      expect(asff[0]).toMatchObject({
        SchemaVersion: '2018-10-08',
        ProductArn: `arn:aws:securityhub:us-east-1:${management}:product/${management}/default`,
        Compliance: { Status: 'FAILED' },
        Workflow: { Status: 'NEW' },
        RecordState: 'ACTIVE',
      });
      expect(asff[0].Id).toMatch(/^orgscan\/default\/[0-9a-f]{32}$/);
    });

    it("streams one scan's findings, and refuses without a key", async () => {
      const body = (
        await call(
          `/v1/scans/${first.id}/export?format=asff&securityHubAccountId=123456789012&securityHubRegion=eu-west-1`,
        )
      ).body as string;
      const rows = body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(rows).toHaveLength(first.totals.findings);
      expect(rows[0].ProductArn).toBe(
        'arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default',
      );
      const anonymous = await fetch(`${orgscan.baseUrl}/v1/scans/${first.id}/export?format=csv`);
      expect(anonymous.status).toBe(401);
      expect((await call('/v1/findings/export?format=xml')).status).toBe(400);
    });
  });

  describe('API keys and the audit log', () => {
    it('creates a key shown once, enforces its role, revokes it, and records every mutation', async () => {
      const created = await call('/v1/api-keys', {
        method: 'POST',
        body: JSON.stringify({ name: 'reporting', role: 'viewer' }),
      });
      expect(created.status).toBe(201);
      const viewerKey: string = created.body.key;
      expect(viewerKey).toMatch(/^osk_/);
      const listed = await get('/v1/api-keys');
      expect(JSON.stringify(listed)).not.toContain(viewerKey);
      expect(listed.items.find((key: Json) => key.id === created.body.id)).toMatchObject({
        role: 'viewer',
        keyPrefix: viewerKey.slice(0, 12),
      });
      const stored = await orgscan.database.pool.query('SELECT key_hash FROM api_keys WHERE id = $1', [
        created.body.id,
      ]);
      expect(stored.rows[0].key_hash).not.toContain(viewerKey.slice(4));

      expect((await call('/v1/summary', { key: viewerKey })).status).toBe(200);
      const refused = await call('/v1/mutes', {
        key: viewerKey,
        method: 'POST',
        body: JSON.stringify({ accountId: prodData, reason: 'x y z', owner: 'me' }),
      });
      expect(refused.status).toBe(403);
      expect((await call('/v1/audit-log', { key: viewerKey })).status).toBe(403);
      const operatorKey = await orgscan.createApiKey('operator');
      expect((await call('/v1/api-keys', { key: operatorKey })).status).toBe(403);

      expect((await call(`/v1/api-keys/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await call('/v1/summary', { key: viewerKey })).status).toBe(401);

      const audit = await allPages<Json>('/v1/audit-log');
      const actions = audit.map((entry) => `${entry.action} ${entry.statusCode} ${entry.actor.role}`);
      expect(actions).toEqual(
        expect.arrayContaining([
          'api-key.create 201 admin',
          'api-key.revoke 204 admin',
          'mute.create 201 admin',
          'mute.create 403 viewer',
          'scan.start 202 admin',
        ]),
      );
      expect(JSON.stringify(audit)).not.toContain(viewerKey);
    });
  });

  describe('organizations', () => {
    it('adds an organization without ever returning its ExternalIds, and protects the configured one', async () => {
      const created = await call('/v1/organizations', {
        method: 'POST',
        body: JSON.stringify({
          id: 'acme',
          name: 'Acme',
          managementRoleArn: 'arn:aws:iam::123456789012:role/OrgReader',
          managementExternalId: 'mgmt-external-id-1',
          externalId: 'member-external-id-1',
          ouExclude: ['ou-ab12-cdef3456'],
        }),
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: 'acme',
        externalIdSet: true,
        managementExternalIdSet: true,
        default: false,
      });
      expect(JSON.stringify(created.body)).not.toContain('external-id-1');
      expect(JSON.stringify(await get('/v1/organizations'))).not.toContain('external-id-1');
      expect(
        (
          await call('/v1/organizations', {
            method: 'POST',
            body: JSON.stringify({ id: 'acme', name: 'again' }),
          })
        ).status,
      ).toBe(409);
      const audit = await get('/v1/audit-log?action=organization.create');
      expect(JSON.stringify(audit)).not.toContain('external-id-1');

      const denied = await call('/v1/organizations/default', {
        method: 'PATCH',
        body: JSON.stringify({ memberRoleName: 'Other' }),
      });
      expect(denied.status).toBe(400);
      expect(denied.body.errors[0].field).toBe('body.memberRoleName');
      expect((await call('/v1/organizations/default', { method: 'DELETE' })).status).toBe(409);
      expect((await call('/v1/organizations/acme', { method: 'DELETE' })).status).toBe(204);
      expect((await call('/v1/organizations/acme')).status).toBe(404);
    });

    it('scopes scans by nested OU and account tags: excluded accounts are skipped, their posture kept', async () => {
      const devFinding = (await allPages<Finding>(`/v1/findings?accountId=${devSandbox}`))[0]!;
      const excluded = await call('/v1/organizations/default', {
        method: 'PATCH',
        body: JSON.stringify({ ouExclude: [OU.development] }),
      });
      expect(excluded.status).toBe(200);
      const byOu = await scan();
      const status = (id: string) => byOu.accounts.find((row: Json) => row.accountId === id);
      expect(status(devSandbox)).toMatchObject({ status: 'skipped', reason: { category: 'out-of-scope' } });
      expect(status(prodWeb).status).toBe('succeeded');
      expect(await get(`/v1/findings/${devFinding.fingerprint}`)).toMatchObject({
        recordState: 'active',
        lastScanId: expect.not.stringMatching(byOu.id),
      });

      account(prodWeb).tags = { environment: 'prod' };
      account(prodData).tags = { environment: 'prod', team: 'data' };
      await call('/v1/organizations/default', {
        method: 'PATCH',
        body: JSON.stringify({
          ouExclude: [],
          accountTagFilters: [{ key: 'environment', values: ['prod'] }],
        }),
      });
      const byTag = await scan();
      const scanned = byTag.accounts
        .filter((row: Json) => row.status === 'succeeded')
        .map((row: Json) => row.accountId);
      expect(scanned.sort()).toEqual([prodWeb, prodData].sort());
      await call('/v1/organizations/default', {
        method: 'PATCH',
        body: JSON.stringify({ accountTagFilters: [] }),
      });
    });
  });
});
