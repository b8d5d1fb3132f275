import { randomBytes, randomUUID } from 'node:crypto';
import {
  ConfigError,
  createLogger,
  createStore,
  type Logger,
  prepareStoredSecrets,
  SecretBox,
} from '@orgscan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InProcessOrgscan, startInProcessOrgscan } from '../support/in-process-orgscan.js';
import { waitFor } from '../support/wait-for.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
type Json = any;

const EXTERNAL_ID = 'ext-id-7f3a9c41d2';
const MANAGEMENT_EXTERNAL_ID = 'mgmt-id-b81e55c0aa';
const URL_TOKEN = 'XoXb4sECRETt0ken';
const WEBHOOK_URL = `http://127.0.0.1:9/services/T000/B000/${URL_TOKEN}?token=q${URL_TOKEN}`;

let orgscan: InProcessOrgscan;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await orgscan.fetch(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Everything a dump of these tables would show. */
async function dumpOf(table: string): Promise<string> {
  const { rows } = await orgscan.database.pool.query(`SELECT * FROM ${table}`);
  return JSON.stringify(rows);
}

function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const logger = createLogger({ level: 'silent', name: 'test' });
  return {
    logger: { ...logger, warn: (...args: unknown[]) => warnings.push(JSON.stringify(args)) } as Logger,
    warnings,
  };
}

describe('ExternalIds and webhook URLs are sealed like the other secrets', () => {
  beforeAll(async () => {
    orgscan = await startInProcessOrgscan();
  }, 60_000);
  afterAll(async () => {
    await orgscan?.close();
  });

  it('stores ExternalIds sealed, returns neither, and hands them to the worker in clear', async () => {
    const created = await call('POST', '/v1/organizations', {
      id: 'sealed-org',
      name: 'Sealed',
      managementRoleArn: 'arn:aws:iam::111111111111:role/OrgScanManagement',
      managementExternalId: MANAGEMENT_EXTERNAL_ID,
      externalId: EXTERNAL_ID,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ externalIdSet: true, managementExternalIdSet: true });
    const dump = await dumpOf('organizations');
    expect(dump).not.toContain(EXTERNAL_ID);
    expect(dump).not.toContain(MANAGEMENT_EXTERNAL_ID);
    expect(JSON.stringify((await call('GET', '/v1/organizations')).body)).not.toContain(EXTERNAL_ID);
    expect(await dumpOf('audit_log')).not.toContain(EXTERNAL_ID);
    const record = await orgscan.database.store.organizations.get('sealed-org');
    expect(record).toMatchObject({ externalId: EXTERNAL_ID, managementExternalId: MANAGEMENT_EXTERNAL_ID });

    expect(
      (await call('PATCH', '/v1/organizations/sealed-org', { externalId: 'ext-id-rotated-1' })).status,
    ).toBe(200);
    expect(await dumpOf('organizations')).not.toContain('ext-id-rotated-1');
    expect((await orgscan.database.store.organizations.get('sealed-org'))?.externalId).toBe(
      'ext-id-rotated-1',
    );
  });

  it('scans with the sealed ExternalId of the default organization', async () => {
    expect(await dumpOf('organizations')).not.toContain(orgscan.org.externalId as string);
    const started = await call('POST', '/v1/scans', { checks: ['iam-root-mfa-enabled'] });
    expect(started.status).toBe(202);
    const scanId = started.body.id as string;
    // Planning enters the management account with the ExternalId, then the accounts are queued.
    const planned = await waitFor('the scan to be planned', async () => {
      const scan = (await call('GET', `/v1/scans/${scanId}`)).body;
      return scan.plannedAt !== null || scan.status !== 'pending' ? scan : undefined;
    });
    expect(planned.failureReason).toBeNull();
    expect(planned.accountCount).toBeGreaterThan(0);
  });

  it('stores webhook URLs sealed and shows only their host', async () => {
    const created = await call('POST', '/v1/webhooks', {
      name: 'chat',
      url: WEBHOOK_URL,
      events: ['finding.opened'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(URL_TOKEN);
    expect(created.body.url).toBe('http://127.0.0.1:9/…');
    const listed = await call('GET', '/v1/webhooks');
    expect(JSON.stringify(listed.body)).not.toContain(URL_TOKEN);
    expect(await dumpOf('webhooks')).not.toContain(URL_TOKEN);
    expect(await dumpOf('audit_log')).not.toContain(URL_TOKEN);
    expect((await orgscan.database.store.webhooks.get(created.body.id))?.url).toBe(WEBHOOK_URL);
  });

  it('seals values stored in clear by an earlier version at start-up', async () => {
    await orgscan.database.pool.query(
      `INSERT INTO organizations (id, name, member_role_name, external_id, management_external_id)
       VALUES ('legacy-org', 'Legacy', 'OrgScanReadOnly', 'legacy-ext-id-1', 'legacy-mgmt-id-1')`,
    );
    const webhookId = randomUUID();
    await orgscan.database.pool.query(
      `INSERT INTO webhooks (id, organization_id, name, url, format, mode, events, secret_encrypted, created_by,
                             created_at, updated_at)
       VALUES ($1, 'default', 'legacy', 'https://hooks.example.com/legacy-url-token-1', 'generic', 'per-finding',
               '{finding.opened}', $2, 'test', now(), now())`,
      [webhookId, orgscan.secrets!.seal('whsec_x', `webhook:${webhookId}`)],
    );
    await prepareStoredSecrets(
      orgscan.database.store,
      orgscan.secrets,
      createLogger({ level: 'silent', name: 't' }),
    );
    const dump = (await dumpOf('organizations')) + (await dumpOf('webhooks'));
    for (const value of ['legacy-ext-id-1', 'legacy-mgmt-id-1', 'legacy-url-token-1'])
      expect(dump).not.toContain(value);
    expect(await orgscan.database.store.organizations.get('legacy-org')).toMatchObject({
      externalId: 'legacy-ext-id-1',
      managementExternalId: 'legacy-mgmt-id-1',
    });
    expect((await orgscan.database.store.webhooks.get(webhookId))?.url).toBe(
      'https://hooks.example.com/legacy-url-token-1',
    );
  });

  it('refuses to start without the key once sealed values exist, naming the setting', async () => {
    const keyless = createStore(orgscan.database.pool, null);
    const { logger } = recordingLogger();
    await expect(prepareStoredSecrets(keyless, null, logger)).rejects.toThrow(ConfigError);
    await expect(prepareStoredSecrets(keyless, null, logger)).rejects.toThrow(/SECRETS_ENCRYPTION_KEY/);
    const otherKey = new SecretBox(randomBytes(32).toString('base64'));
    await expect(
      createStore(orgscan.database.pool, otherKey).organizations.get('sealed-org'),
    ).rejects.toThrow(/not configured|could not be opened/);
  });
});

describe('without SECRETS_ENCRYPTION_KEY', () => {
  let keyless: InProcessOrgscan;
  beforeAll(async () => {
    keyless = await startInProcessOrgscan({ webhooks: { secretsKey: null } });
  }, 60_000);
  afterAll(async () => {
    await keyless?.close();
  });

  it('keeps ExternalIds working in clear and says so at start-up', async () => {
    const { logger, warnings } = recordingLogger();
    await prepareStoredSecrets(keyless.database.store, null, logger);
    expect(warnings.join('\n')).toMatch(/SECRETS_ENCRYPTION_KEY.*in clear/);
    expect((await keyless.database.store.organizations.get('default'))?.externalId).toBe(
      keyless.org.externalId,
    );
  });
});
