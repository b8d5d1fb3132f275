import type { Repositories } from './store.js';

/**
 * Writes the audit entry of a change with the repositories of the transaction that makes the change, so
 * the two commit or roll back together: no audit, no change. `resourceId` is what the change created or
 * touched (a service that creates the resource passes its new id).
 */
export type AuditHook = (tx: Repositories, resourceId: string) => Promise<void>;
