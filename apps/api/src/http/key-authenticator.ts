import { type ApiRole, hashApiKey, sameHash, visiblePrefix, type WebSessionRecord } from '@orgscan/core';
import type { AppDeps } from '../app-deps.js';
import { type SessionSettings, sessionTokenHash } from './web-session-tokens.js';

/** The key behind a request, and how it was presented. */
export interface Principal {
  /** The key's id, or `bootstrap` for the key from configuration. */
  readonly id: string;
  readonly name: string;
  readonly role: ApiRole;
  readonly keyPrefix: string;
  /** api-key: the request carried the key; session: a browser session opened with the key. */
  readonly via: 'api-key' | 'session';
  /** The browser session (via = session). */
  readonly session: WebSessionRecord | null;
}

/** Longer values are rejected before hashing: no key is that long. */
const MAX_KEY_LENGTH = 512;
/** Session tokens are 43 characters (256 bits, base64url). */
const MAX_TOKEN_LENGTH = 128;

/**
 * Who a request is: an API key (presented, or behind a browser session). A session is only as good as its
 * key: the key is checked again on every request, so revoking or expiring the key ends its sessions, and
 * the role is always the key's current one.
 */
export class KeyAuthenticator {
  constructor(
    private readonly deps: Pick<AppDeps, 'store' | 'auth' | 'now'>,
    private readonly sessions: SessionSettings,
  ) {}

  /** The hash under which a key is stored (HMAC with the pepper). */
  hashOf(key: string): string {
    return hashApiKey(key, this.deps.auth.pepper);
  }

  async byKey(key: string): Promise<Principal | null> {
    if (key.length > MAX_KEY_LENGTH) return null;
    return this.byKeyHash(this.hashOf(key), visiblePrefix(key), 'api-key', null);
  }

  /** The principal of a session token, or null when the session (or its key) is unknown, ended or expired. */
  async bySessionToken(token: string): Promise<Principal | null> {
    if (token.length > MAX_TOKEN_LENGTH) return null;
    const session = await this.deps.store.webSessions.findByTokenHash(sessionTokenHash(token));
    const now = this.deps.now();
    if (!session || session.revokedAt || session.expiresAt <= now || session.idleExpiresAt <= now) {
      return null;
    }
    const principal = await this.byKeyHash(session.keyHash, session.keyPrefix, 'session', session);
    if (principal) await this.deps.store.webSessions.touch(session, now, this.sessions.idleMs);
    return principal;
  }

  private async byKeyHash(
    hash: string,
    keyPrefix: string,
    via: Principal['via'],
    session: WebSessionRecord | null,
  ): Promise<Principal | null> {
    if (this.deps.auth.bootstrapKeyHash && sameHash(hash, this.deps.auth.bootstrapKeyHash)) {
      return { id: 'bootstrap', name: 'bootstrap admin key', role: 'admin', keyPrefix, via, session };
    }
    const record = await this.deps.store.apiKeys.findByHash(hash);
    const now = this.deps.now();
    if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now)) return null;
    await this.deps.store.apiKeys.touch(record, now);
    return { id: record.id, name: record.name, role: record.role, keyPrefix: record.keyPrefix, via, session };
  }
}
