import type { OrganizationAccount } from '@orgscan/aws';
import type { Queryable } from './database.js';

export interface AccountRecord {
  readonly organizationId: string;
  readonly accountId: string;
  readonly name: string;
  readonly email: string | null;
  readonly state: string;
  readonly ouIds: readonly string[];
  readonly ouPath: string;
}

export class AccountsRepository {
  constructor(private readonly db: Queryable) {}

  async get(organizationId: string, accountId: string): Promise<AccountRecord | null> {
    const { rows } = await this.db.query<{
      organization_id: string;
      account_id: string;
      name: string;
      email: string | null;
      state: string;
      ou_ids: string[];
      ou_path: string;
    }>('SELECT * FROM accounts WHERE organization_id = $1 AND account_id = $2', [organizationId, accountId]);
    const row = rows[0];
    if (!row) return null;
    return {
      organizationId: row.organization_id,
      accountId: row.account_id,
      name: row.name,
      email: row.email,
      state: row.state,
      ouIds: row.ou_ids,
      ouPath: row.ou_path,
    };
  }

  /** Records the accounts as just enumerated, in one statement. */
  async upsertMany(
    organizationId: string,
    accounts: readonly OrganizationAccount[],
    seenAt: Date,
  ): Promise<void> {
    if (accounts.length === 0) return;
    await this.db.query(
      `INSERT INTO accounts (organization_id, account_id, name, email, state, joined_at, ou_ids, ou_path,
                             first_seen_at, last_seen_at)
       SELECT $1, a.account_id, a.name, a.email, a.state, a.joined_at, string_to_array(a.ou_ids, ','), a.ou_path, $8, $8
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $9::text[])
         AS a(account_id, name, email, state, joined_at, ou_ids, ou_path)
       ON CONFLICT (organization_id, account_id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
         state = EXCLUDED.state, joined_at = EXCLUDED.joined_at, ou_ids = EXCLUDED.ou_ids,
         ou_path = EXCLUDED.ou_path, last_seen_at = EXCLUDED.last_seen_at`,
      [
        organizationId,
        accounts.map((account) => account.id),
        accounts.map((account) => account.name),
        accounts.map((account) => account.email),
        accounts.map((account) => account.state),
        accounts.map((account) => account.joinedAt),
        accounts.map((account) => account.ouIds.join(',')),
        seenAt,
        accounts.map((account) => account.ouPath),
      ],
    );
  }
}
