import type { CsrfSource } from '../api/client';
import type { Role, Session } from '../api/types';

const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];

/** Whether a role includes another (viewer < operator < admin), as the API decides. */
export function roleAllows(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/**
 * The signed-in session as this tab knows it: who, with which role, and the CSRF token that changes must
 * carry. Memory only: a reload asks the API again (GET /v1/sessions/current, the cookie proves the session).
 */
export class SessionStore implements CsrfSource {
  private current: Session | null = null;

  csrfToken(): string | null {
    return this.current?.csrfToken ?? null;
  }

  set(session: Session | null): void {
    this.current = session;
  }

  get(): Session | null {
    return this.current;
  }
}
