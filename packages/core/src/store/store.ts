import { AccountsRepository } from './accounts-repository.js';
import { inTransaction, type Pool, type Queryable } from './database.js';
import { FindingsRepository } from './findings-repository.js';
import { OrganizationsRepository } from './organizations-repository.js';
import { ScanAccountsRepository } from './scan-accounts-repository.js';
import { ScansRepository } from './scans-repository.js';

/** The repositories over one connection: the pool, or a client inside a transaction. */
export interface Repositories {
  readonly organizations: OrganizationsRepository;
  readonly accounts: AccountsRepository;
  readonly scans: ScansRepository;
  readonly scanAccounts: ScanAccountsRepository;
  readonly findings: FindingsRepository;
}

export interface Store extends Repositories {
  readonly pool: Pool;
  /** Runs `work` with repositories bound to one transaction. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
}

function repositories(db: Queryable): Repositories {
  return {
    organizations: new OrganizationsRepository(db),
    accounts: new AccountsRepository(db),
    scans: new ScansRepository(db),
    scanAccounts: new ScanAccountsRepository(db),
    findings: new FindingsRepository(db),
  };
}

export function createStore(pool: Pool): Store {
  return {
    pool,
    ...repositories(pool),
    transaction: (work) => inTransaction(pool, (client) => work(repositories(client))),
    ping: async () => {
      await pool.query('SELECT 1');
    },
  };
}
