import type { SecretBox } from '../secrets/secret-box.js';
import { AccountsRepository } from './accounts-repository.js';
import { ApiKeysRepository } from './api-keys-repository.js';
import { AuditLogRepository } from './audit-log-repository.js';
import { inTransaction, type Pool, type Queryable } from './database.js';
import { ExportSource } from './export-source.js';
import { FindingLifecycle } from './finding-lifecycle.js';
import { FindingsRepository } from './findings-repository.js';
import { FindingsRetention } from './findings-retention.js';
import { MutesRepository } from './mutes-repository.js';
import { OrganizationsRepository } from './organizations-repository.js';
import { PostureRepository } from './posture-repository.js';
import { PostureSnapshotsRepository } from './posture-snapshots.js';
import { RollupRepository } from './rollup-repository.js';
import { ScanAccountsRepository } from './scan-accounts-repository.js';
import { ScanDiffRepository } from './scan-diff-repository.js';
import { ScansRepository } from './scans-repository.js';
import { SchedulesRepository } from './schedules-repository.js';
import { WebSessionsRepository } from './web-sessions-repository.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries-repository.js';
import { WebhooksRepository } from './webhooks-repository.js';

/** The repositories over one connection: the pool, or a client inside a transaction. */
export interface Repositories {
  readonly organizations: OrganizationsRepository;
  readonly accounts: AccountsRepository;
  readonly scans: ScansRepository;
  readonly scanAccounts: ScanAccountsRepository;
  readonly findings: FindingsRepository;
  /** Folds finalized scans into the current posture (run in a transaction). */
  readonly lifecycle: FindingLifecycle;
  readonly posture: PostureRepository;
  readonly scanDiff: ScanDiffRepository;
  readonly rollups: RollupRepository;
  readonly mutes: MutesRepository;
  readonly apiKeys: ApiKeysRepository;
  readonly auditLog: AuditLogRepository;
  /** Scan schedules and their runs. */
  readonly schedules: SchedulesRepository;
  readonly webhooks: WebhooksRepository;
  /** The outbox of webhook events, with every attempt. */
  readonly webhookDeliveries: WebhookDeliveriesRepository;
  /** Browser sessions of the dashboard. */
  readonly webSessions: WebSessionsRepository;
  /** The posture after each final scan (trends). */
  readonly postureSnapshots: PostureSnapshotsRepository;
}

export interface Store extends Repositories {
  readonly pool: Pool;
  /** Findings streamed for exports, each stream on its own connection. */
  readonly exports: ExportSource;
  /** Drops expired scans' findings partitions (outside any transaction). */
  readonly retention: FindingsRetention;
  /** Runs `work` with repositories bound to one transaction. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
}

function repositories(db: Queryable, secrets: SecretBox | null): Repositories {
  return {
    organizations: new OrganizationsRepository(db, secrets),
    accounts: new AccountsRepository(db),
    scans: new ScansRepository(db),
    scanAccounts: new ScanAccountsRepository(db),
    findings: new FindingsRepository(db),
    lifecycle: new FindingLifecycle(db),
    posture: new PostureRepository(db),
    scanDiff: new ScanDiffRepository(db),
    rollups: new RollupRepository(db),
    mutes: new MutesRepository(db),
    apiKeys: new ApiKeysRepository(db),
    auditLog: new AuditLogRepository(db),
    schedules: new SchedulesRepository(db),
    webhooks: new WebhooksRepository(db, secrets),
    webhookDeliveries: new WebhookDeliveriesRepository(db),
    webSessions: new WebSessionsRepository(db),
    postureSnapshots: new PostureSnapshotsRepository(db),
  };
}

/**
 * The store over a pool. `secrets` (SECRETS_ENCRYPTION_KEY) seals ExternalIds and webhook URLs as they are
 * written and opens them as they are read; null stores them in clear (start-up says so).
 */
export function createStore(pool: Pool, secrets: SecretBox | null): Store {
  return {
    pool,
    exports: new ExportSource(pool),
    retention: new FindingsRetention(pool),
    ...repositories(pool, secrets),
    transaction: (work) => inTransaction(pool, (client) => work(repositories(client, secrets))),
    ping: async () => {
      await pool.query('SELECT 1');
    },
  };
}
