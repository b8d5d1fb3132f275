import { describe, expect, it } from 'vitest';
import { mapWithConcurrency, Semaphore } from './semaphore.js';

/** A promise resolved from outside. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  it('rejects a limit that is not a positive integer', () => {
    expect(() => new Semaphore(0)).toThrow(/positive integer/);
    expect(() => new Semaphore(1.5)).toThrow(/positive integer/);
  });

  it('runs at most `limit` tasks at once and the rest in arrival order', async () => {
    const semaphore = new Semaphore(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      semaphore.run(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );

    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]?.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('releases the slot when a task fails', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(semaphore.run(async () => 'next')).resolves.toBe('next');
  });

  it('does not let a newcomer take the slot a released waiter is about to use', async () => {
    // The newcomer arrives a few microtasks after the running task finishes: whatever the exact tick, the
    // waiter that was queued first must get the slot and the limit must hold.
    for (let delay = 0; delay < 8; delay += 1) {
      const semaphore = new Semaphore(1);
      let running = 0;
      let maxRunning = 0;
      const order: string[] = [];
      const task = (name: string, gate: Promise<void>) => async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        order.push(name);
        await gate;
        running -= 1;
      };
      const first = deferred();
      const a = semaphore.run(task('a', first.promise));
      const b = semaphore.run(task('b', settle()));
      await settle();

      let c: Promise<void> | undefined;
      const arriveAfter = (ticks: number): void =>
        queueMicrotask(() => {
          if (ticks > 0) arriveAfter(ticks - 1);
          else c = semaphore.run(task('c', Promise.resolve()));
        });
      first.resolve();
      arriveAfter(delay);
      await Promise.all([a, b]);
      await settle();
      expect(c).toBeDefined();
      await c;

      expect({ delay, maxRunning, order }).toEqual({ delay, maxRunning: 1, order: ['a', 'b', 'c'] });
    }
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the input order in its results', async () => {
    const gates = [deferred(), deferred(), deferred()];
    const results = mapWithConcurrency([10, 20, 30], 2, async (item, index) => {
      await gates[index]?.promise;
      return item + index;
    });
    gates[2]?.resolve();
    gates[1]?.resolve();
    gates[0]?.resolve();
    expect(await results).toEqual([10, 21, 32]);
  });
});
