import type { Pool } from 'pg';
import type { Logger } from './logger.js';

/** An ioredis client, as far as watching it goes. */
interface RedisEvents {
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
}

interface RoleState {
  failing: boolean;
  lastLoggedAt: number;
  /** Errors since the last line about this role. */
  unlogged: number;
}

export interface ConnectionErrorLogOptions {
  /** While a connection keeps failing, at most one reminder per this long (default one minute). */
  readonly repeatEveryMs?: number;
  readonly now?: () => number;
}

/**
 * The errors of a process's Redis and Postgres connections, logged in one place with the connection's role.
 * A connection that is down errors on every reconnect attempt (several times a second), so each role logs
 * its first error, then at most one reminder per period saying how many followed, and one line when it is
 * back. Nothing is rethrown: every connection reconnects by itself, and callers still see failures through
 * their own commands (a producer without Redis answers 503 at once).
 */
export class ConnectionErrorLog {
  private readonly roles = new Map<string, RoleState>();
  private readonly repeatEveryMs: number;
  private readonly now: () => number;

  constructor(
    private readonly logger: Logger,
    options: ConnectionErrorLogOptions = {},
  ) {
    this.repeatEveryMs = options.repeatEveryMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** An 'error' listener for the connections of `role` (a BullMQ queue re-emits its connection's errors). */
  listener(role: string): (error: Error) => void {
    return (error) => this.failed(role, error);
  }

  failed(role: string, error: Error): void {
    const state = this.roles.get(role) ?? { failing: false, lastLoggedAt: 0, unlogged: 0 };
    this.roles.set(role, state);
    const at = this.now();
    const detail = { role, err: error.message, code: (error as { code?: unknown }).code };
    if (!state.failing) {
      state.failing = true;
      state.lastLoggedAt = at;
      state.unlogged = 0;
      this.logger.warn(detail, `${role} connection error: reconnecting`);
      return;
    }
    state.unlogged += 1;
    if (at - state.lastLoggedAt >= this.repeatEveryMs) {
      this.logger.warn(
        { ...detail, errorsSinceLastLine: state.unlogged },
        `${role} connection still failing`,
      );
      state.lastLoggedAt = at;
      state.unlogged = 0;
    }
  }

  /** The role's connection works again: one line if it had been failing. */
  recovered(role: string): void {
    const state = this.roles.get(role);
    if (!state?.failing) return;
    state.failing = false;
    this.logger.info({ role, errorsSinceLastLine: state.unlogged }, `${role} connection restored`);
  }

  /** Errors of an ioredis client, and its 'ready' after them. */
  watchRedis(connection: RedisEvents, role: string): void {
    connection.on('error', this.listener(role));
    connection.on('ready', () => this.recovered(role));
  }

  /**
   * Errors of a pool's idle clients (a Postgres restart); a new connection afterwards counts as recovered.
   * Without a listener such an error would crash the process; queries see their own failures anyway.
   */
  watchPool(pool: Pick<Pool, 'on'>, role: string): void {
    pool.on('error', this.listener(role));
    pool.on('connect', () => this.recovered(role));
  }
}
