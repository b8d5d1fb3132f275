import { readStoredValue, storedValue } from '../secrets/sealed-value.js';
import type { SecretBox } from '../secrets/secret-box.js';
import type { Queryable } from './database.js';

/** An account is in scope when its tags match every filter (any of a filter's values). */
export interface AccountTagFilter {
  readonly key: string;
  readonly values: readonly string[];
}

/** What a scan of the organization covers. */
export interface OrganizationScope {
  /** Regions scanned (intersected with SCAN_REGIONS and a scan's own list); null: every enabled region. */
  readonly regionAllowList: readonly string[] | null;
  /** Only accounts under one of these OUs (nested included); empty: every account. */
  readonly ouInclude: readonly string[];
  /** Never accounts under these OUs (nested included); wins over ouInclude. */
  readonly ouExclude: readonly string[];
  readonly accountTagFilters: readonly AccountTagFilter[];
}

export interface OrganizationRecord {
  readonly id: string;
  readonly name: string;
  readonly awsOrganizationId: string | null;
  readonly managementAccountId: string | null;
  /** null: the scanner's own credentials reach Organizations. */
  readonly managementRoleArn: string | null;
  readonly memberRoleName: string;
  /** In clear here; stored sealed when SECRETS_ENCRYPTION_KEY is configured. */
  readonly externalId: string | null;
  /** ExternalId of the management role, when its trust policy requires one (stored like externalId). */
  readonly managementExternalId: string | null;
  readonly scope: OrganizationScope;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface OrganizationSettings {
  readonly id: string;
  readonly name: string;
  readonly managementRoleArn: string | null;
  readonly memberRoleName: string;
  readonly externalId: string | null;
  /** Absent: left as it is (the default organization's comes from ORG_ROLE_EXTERNAL_ID). */
  readonly managementExternalId?: string | null;
}

/** An organization added through the API: access settings and scope. */
export interface NewOrganization extends OrganizationSettings {
  readonly managementExternalId: string | null;
  readonly scope: OrganizationScope;
}

export type OrganizationChanges = Partial<Omit<NewOrganization, 'id' | 'scope'> & OrganizationScope>;

interface OrganizationRow {
  id: string;
  name: string;
  aws_organization_id: string | null;
  management_account_id: string | null;
  management_role_arn: string | null;
  member_role_name: string;
  external_id: string | null;
  external_id_sealed: string | null;
  management_external_id: string | null;
  management_external_id_sealed: string | null;
  region_allow_list: string[] | null;
  ou_include: string[];
  ou_exclude: string[];
  account_tag_filters: AccountTagFilter[];
  created_at: Date;
  updated_at: Date;
}

/** Authenticated data of a sealed ExternalId: a value copied onto another organization or field fails. */
const contextOf = (id: string, field: 'external-id' | 'management-external-id') =>
  `organization:${id}:${field}`;

/**
 * Organizations and their access settings. ExternalIds are sealed with the SecretBox when one is
 * configured (null: stored in clear, which start-up reports) and opened transparently on reading, so the
 * worker gets them in clear.
 */
export class OrganizationsRepository {
  constructor(
    private readonly db: Queryable,
    private readonly secrets: SecretBox | null,
  ) {}

  private toRecord(row: OrganizationRow): OrganizationRecord {
    return {
      id: row.id,
      name: row.name,
      awsOrganizationId: row.aws_organization_id,
      managementAccountId: row.management_account_id,
      managementRoleArn: row.management_role_arn,
      memberRoleName: row.member_role_name,
      externalId: readStoredValue(
        this.secrets,
        { clear: row.external_id, sealed: row.external_id_sealed },
        contextOf(row.id, 'external-id'),
      ),
      managementExternalId: readStoredValue(
        this.secrets,
        { clear: row.management_external_id, sealed: row.management_external_id_sealed },
        contextOf(row.id, 'management-external-id'),
      ),
      scope: {
        regionAllowList: row.region_allow_list,
        ouInclude: row.ou_include,
        ouExclude: row.ou_exclude,
        accountTagFilters: row.account_tag_filters,
      },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  private externalIds(id: string, externalId: string | null, managementExternalId: string | null) {
    return {
      external: storedValue(this.secrets, externalId, contextOf(id, 'external-id')),
      management: storedValue(this.secrets, managementExternalId, contextOf(id, 'management-external-id')),
    };
  }

  /** Creates or updates an organization's access settings (the default one is written at start-up). */
  async upsert(settings: OrganizationSettings): Promise<OrganizationRecord> {
    const { external, management } = this.externalIds(
      settings.id,
      settings.externalId,
      settings.managementExternalId ?? null,
    );
    const { rows } = await this.db.query<OrganizationRow>(
      `INSERT INTO organizations (id, name, management_role_arn, member_role_name, external_id, external_id_sealed,
                                  management_external_id, management_external_id_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, management_role_arn = EXCLUDED.management_role_arn,
         member_role_name = EXCLUDED.member_role_name, external_id = EXCLUDED.external_id,
         external_id_sealed = EXCLUDED.external_id_sealed,
         management_external_id = CASE WHEN $9 THEN EXCLUDED.management_external_id
                                       ELSE organizations.management_external_id END,
         management_external_id_sealed = CASE WHEN $9 THEN EXCLUDED.management_external_id_sealed
                                              ELSE organizations.management_external_id_sealed END,
         updated_at = now()
       RETURNING *`,
      [
        settings.id,
        settings.name,
        settings.managementRoleArn,
        settings.memberRoleName,
        external.clear,
        external.sealed,
        management.clear,
        management.sealed,
        settings.managementExternalId !== undefined,
      ],
    );
    return this.toRecord(rows[0]!);
  }

  /** Adds an organization; false when the id is taken. */
  async create(organization: NewOrganization): Promise<boolean> {
    const { external, management } = this.externalIds(
      organization.id,
      organization.externalId,
      organization.managementExternalId,
    );
    const result = await this.db.query(
      `INSERT INTO organizations (id, name, management_role_arn, member_role_name, external_id, external_id_sealed,
                                  management_external_id, management_external_id_sealed, region_allow_list,
                                  ou_include, ou_exclude, account_tag_filters)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING`,
      [
        organization.id,
        organization.name,
        organization.managementRoleArn,
        organization.memberRoleName,
        external.clear,
        external.sealed,
        management.clear,
        management.sealed,
        organization.scope.regionAllowList,
        organization.scope.ouInclude,
        organization.scope.ouExclude,
        JSON.stringify(organization.scope.accountTagFilters),
      ],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async list(): Promise<OrganizationRecord[]> {
    const { rows } = await this.db.query<OrganizationRow>('SELECT * FROM organizations ORDER BY id');
    return rows.map((row) => this.toRecord(row));
  }

  /** Applies the given changes; null when the organization does not exist. */
  async update(id: string, changes: OrganizationChanges): Promise<OrganizationRecord | null> {
    type PlainChange = Exclude<keyof OrganizationChanges, 'externalId' | 'managementExternalId'>;
    const columns: Record<PlainChange, string> = {
      name: 'name',
      managementRoleArn: 'management_role_arn',
      memberRoleName: 'member_role_name',
      regionAllowList: 'region_allow_list',
      ouInclude: 'ou_include',
      ouExclude: 'ou_exclude',
      accountTagFilters: 'account_tag_filters',
    };
    const params: unknown[] = [id];
    const sets = ['updated_at = now()'];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    for (const [key, value] of Object.entries(changes) as [keyof OrganizationChanges, unknown][]) {
      if (value === undefined) continue;
      if (key === 'externalId' || key === 'managementExternalId') {
        const field = key === 'externalId' ? 'external-id' : 'management-external-id';
        const stored = storedValue(this.secrets, value as string | null, contextOf(id, field));
        const column = key === 'externalId' ? 'external_id' : 'management_external_id';
        set(column, stored.clear);
        set(`${column}_sealed`, stored.sealed);
        continue;
      }
      set(columns[key], key === 'accountTagFilters' ? JSON.stringify(value) : value);
    }
    const { rows } = await this.db.query<OrganizationRow>(
      `UPDATE organizations SET ${sets.join(', ')} WHERE id = $1 RETURNING *`,
      params,
    );
    return rows[0] ? this.toRecord(rows[0]) : null;
  }

  /**
   * Locks the organization's row until the transaction ends: a scan being created for it (whose foreign key
   * needs the row) waits, so what the transaction saw of its scans stays true. False when it does not exist.
   */
  async lock(id: string): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE', [id]);
    return rows.length > 0;
  }

  /** Removes the organization with its scans, findings, posture and mutes; false when it does not exist. */
  async delete(id: string): Promise<boolean> {
    // The posture tables carry no foreign key (bulk writes): removed explicitly.
    await this.db.query('DELETE FROM finding_changes WHERE organization_id = $1', [id]);
    await this.db.query('DELETE FROM finding_state WHERE organization_id = $1', [id]);
    await this.db.query('DELETE FROM finding_sightings WHERE organization_id = $1', [id]);
    const result = await this.db.query('DELETE FROM organizations WHERE id = $1', [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async get(id: string): Promise<OrganizationRecord | null> {
    const { rows } = await this.db.query<OrganizationRow>('SELECT * FROM organizations WHERE id = $1', [id]);
    return rows[0] ? this.toRecord(rows[0]) : null;
  }

  /** Whether any ExternalId is stored sealed (reading it needs SECRETS_ENCRYPTION_KEY). */
  async hasSealed(): Promise<boolean> {
    const { rows } = await this.db.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM organizations
                      WHERE external_id_sealed IS NOT NULL OR management_external_id_sealed IS NOT NULL) AS found`,
    );
    return rows[0]?.found ?? false;
  }

  /** Whether any ExternalId is stored in clear. */
  async hasClear(): Promise<boolean> {
    const { rows } = await this.db.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM organizations
                      WHERE external_id IS NOT NULL OR management_external_id IS NOT NULL) AS found`,
    );
    return rows[0]?.found ?? false;
  }

  /**
   * Seals the ExternalIds stored in clear (by a version before sealing, or while no key was configured);
   * returns how many organizations changed. A row changed meanwhile by another process is left to it.
   */
  async sealClear(): Promise<number> {
    if (!this.secrets) return 0;
    const { rows } = await this.db.query<OrganizationRow>(
      'SELECT * FROM organizations WHERE external_id IS NOT NULL OR management_external_id IS NOT NULL',
    );
    let sealed = 0;
    for (const row of rows) {
      const { external, management } = this.externalIds(row.id, row.external_id, row.management_external_id);
      const result = await this.db.query(
        `UPDATE organizations SET
           external_id_sealed = COALESCE($2, external_id_sealed), external_id = NULL,
           management_external_id_sealed = COALESCE($3, management_external_id_sealed), management_external_id = NULL
         WHERE id = $1 AND external_id IS NOT DISTINCT FROM $4 AND management_external_id IS NOT DISTINCT FROM $5`,
        [row.id, external.sealed, management.sealed, row.external_id, row.management_external_id],
      );
      sealed += result.rowCount ?? 0;
    }
    return sealed;
  }

  /** What enumeration learned about the organization behind the settings. */
  async recordIdentity(id: string, awsOrganizationId: string, managementAccountId: string): Promise<void> {
    await this.db.query(
      `UPDATE organizations SET aws_organization_id = $2, management_account_id = $3, updated_at = now()
       WHERE id = $1 AND (aws_organization_id IS DISTINCT FROM $2 OR management_account_id IS DISTINCT FROM $3)`,
      [id, awsOrganizationId, managementAccountId],
    );
  }
}
