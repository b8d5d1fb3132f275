import type { Queryable } from './database.js';

export interface OrganizationRecord {
  readonly id: string;
  readonly name: string;
  readonly awsOrganizationId: string | null;
  readonly managementAccountId: string | null;
  /** null: the scanner's own credentials reach Organizations. */
  readonly managementRoleArn: string | null;
  readonly memberRoleName: string;
  readonly externalId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface OrganizationSettings {
  readonly id: string;
  readonly name: string;
  readonly managementRoleArn: string | null;
  readonly memberRoleName: string;
  readonly externalId: string | null;
}

interface OrganizationRow {
  id: string;
  name: string;
  aws_organization_id: string | null;
  management_account_id: string | null;
  management_role_arn: string | null;
  member_role_name: string;
  external_id: string | null;
  created_at: Date;
  updated_at: Date;
}

function toRecord(row: OrganizationRow): OrganizationRecord {
  return {
    id: row.id,
    name: row.name,
    awsOrganizationId: row.aws_organization_id,
    managementAccountId: row.management_account_id,
    managementRoleArn: row.management_role_arn,
    memberRoleName: row.member_role_name,
    externalId: row.external_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class OrganizationsRepository {
  constructor(private readonly db: Queryable) {}

  /** Creates or updates an organization's access settings (the default one is written at start-up). */
  async upsert(settings: OrganizationSettings): Promise<OrganizationRecord> {
    const { rows } = await this.db.query<OrganizationRow>(
      `INSERT INTO organizations (id, name, management_role_arn, member_role_name, external_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, management_role_arn = EXCLUDED.management_role_arn,
         member_role_name = EXCLUDED.member_role_name, external_id = EXCLUDED.external_id, updated_at = now()
       RETURNING *`,
      [settings.id, settings.name, settings.managementRoleArn, settings.memberRoleName, settings.externalId],
    );
    return toRecord(rows[0]!);
  }

  async get(id: string): Promise<OrganizationRecord | null> {
    const { rows } = await this.db.query<OrganizationRow>('SELECT * FROM organizations WHERE id = $1', [id]);
    return rows[0] ? toRecord(rows[0]) : null;
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
