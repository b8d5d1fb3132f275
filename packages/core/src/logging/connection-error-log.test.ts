import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConnectionErrorLog } from './connection-error-log.js';
import { createLogger } from './logger.js';

/** A logger whose lines are kept, and a clock the test moves. */
function setup() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  let now = 0;
  const log = new ConnectionErrorLog(createLogger({ level: 'info', name: 'test', destination }), {
    repeatEveryMs: 60_000,
    now: () => now,
  });
  return { log, lines, advance: (ms: number) => (now += ms) };
}

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });

describe('connection error log', () => {
  it('logs the first error of a role with its code, then stays quiet while the connection keeps failing', () => {
    const { log, lines, advance } = setup();
    for (let attempt = 0; attempt < 50; attempt += 1) {
      log.failed('api producer', refused);
      advance(200);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      role: 'api producer',
      err: 'connect ECONNREFUSED 127.0.0.1:6379',
      code: 'ECONNREFUSED',
      msg: 'api producer connection error: reconnecting',
    });
  });

  it('reminds once per period how many errors followed, and says when the connection is back', () => {
    const { log, lines, advance } = setup();
    log.failed('postgres', refused);
    for (let second = 0; second < 60; second += 1) {
      advance(1_000);
      log.failed('postgres', refused);
    }
    expect(lines.map((line) => line.msg)).toEqual([
      'postgres connection error: reconnecting',
      'postgres connection still failing',
    ]);
    expect(lines[1]).toMatchObject({ errorsSinceLastLine: 60 });
    log.recovered('postgres');
    log.recovered('postgres');
    expect(lines.map((line) => line.msg).slice(2)).toEqual(['postgres connection restored']);
    // A new outage is reported again at once.
    log.failed('postgres', refused);
    expect(lines.at(-1)?.msg).toBe('postgres connection error: reconnecting');
  });

  it('keeps roles apart, and logs nothing for a recovery without a failure', () => {
    const { log, lines } = setup();
    log.recovered('rate limiter');
    log.failed('rate limiter', refused);
    log.failed('scan jobs', refused);
    log.failed('rate limiter', refused);
    expect(lines.map((line) => line.role)).toEqual(['rate limiter', 'scan jobs']);
  });

  it("watches an ioredis-like client's errors and readiness, and a pool's errors and new connections", () => {
    const { log, lines } = setup();
    const redis = new EventEmitter();
    const pool = new EventEmitter();
    log.watchRedis(redis as never, 'worker producer');
    log.watchPool(pool as never, 'postgres');
    // An emitter with an 'error' listener does not throw: the process survives the outage.
    expect(() => redis.emit('error', refused)).not.toThrow();
    redis.emit('error', refused);
    redis.emit('ready');
    pool.emit('error', new Error('terminating connection due to administrator command'));
    pool.emit('connect');
    expect(lines.map((line) => line.msg)).toEqual([
      'worker producer connection error: reconnecting',
      'worker producer connection restored',
      'postgres connection error: reconnecting',
      'postgres connection restored',
    ]);
  });
});
