import { describe, expect, it } from 'vitest';
import { untilStoreAvailable } from './store-outage.js';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

describe('untilStoreAvailable', () => {
  it('waits out an outage with a capped backoff and reports it once', async () => {
    const clock = fakeClock();
    const events: string[] = [];
    let calls = 0;
    const result = await untilStoreAvailable(
      async () => {
        calls += 1;
        if (clock.now() < 60_000) throw refused();
        return 'written';
      },
      {
        maxWaitMs: 300_000,
        ...clock,
        onWaiting: (error) => events.push(`waiting: ${error.message}`),
        onRecovered: (waited) => events.push(`recovered after ${waited} ms`),
      },
    );
    expect(result).toBe('written');
    expect(events).toEqual(['waiting: connect ECONNREFUSED 127.0.0.1:5432', 'recovered after 62750 ms']);
    expect(clock.sleeps.slice(0, 6)).toEqual([250, 500, 1000, 2000, 4000, 5000]);
    expect(Math.max(...clock.sleeps)).toBe(5000);
    expect(calls).toBe(clock.sleeps.length + 1);
  });

  it('throws the error once the wait is used up', async () => {
    const clock = fakeClock();
    await expect(
      untilStoreAvailable(
        async () => {
          throw refused();
        },
        { maxWaitMs: 10_000, ...clock },
      ),
    ).rejects.toThrow('ECONNREFUSED');
    expect(clock.now()).toBe(10_000);
  });

  it('throws other errors at once, and does not wait when maxWaitMs is 0', async () => {
    const clock = fakeClock();
    const syntax = Object.assign(new Error('syntax error'), { code: '42601' });
    await expect(
      untilStoreAvailable(
        async () => {
          throw syntax;
        },
        { maxWaitMs: 300_000, ...clock },
      ),
    ).rejects.toBe(syntax);
    await expect(
      untilStoreAvailable(
        async () => {
          throw refused();
        },
        { maxWaitMs: 0, ...clock },
      ),
    ).rejects.toThrow('ECONNREFUSED');
    expect(clock.sleeps).toEqual([]);
  });
});
