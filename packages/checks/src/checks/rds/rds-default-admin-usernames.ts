/**
 * The master usernames RDS proposes by default, which AWS Config's default-admin rules (RDS.24, RDS.25)
 * treat as default whatever the engine: a guessable name is half of a credential.
 */
export const RDS_DEFAULT_ADMIN_USERNAMES: readonly string[] = ['admin', 'postgres'];

export function isDefaultAdminUsername(username: string | null): boolean {
  return username !== null && RDS_DEFAULT_ADMIN_USERNAMES.includes(username.toLowerCase());
}
