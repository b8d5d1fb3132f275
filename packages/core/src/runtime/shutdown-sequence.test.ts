import { describe, expect, it } from 'vitest';
import { ShutdownSequence } from './shutdown-sequence.js';

describe('shutdown sequence', () => {
  it('closes the last thing opened first', async () => {
    const closed: string[] = [];
    const shutdown = new ShutdownSequence();
    for (const name of ['pool', 'redis', 'queue', 'http server']) shutdown.add(name, () => closed.push(name));
    await shutdown.run(() => {});
    expect(closed).toEqual(['http server', 'queue', 'redis', 'pool']);
  });

  it('reports a step that fails and still runs the others', async () => {
    const closed: string[] = [];
    const failures: Array<[string, string]> = [];
    const shutdown = new ShutdownSequence();
    shutdown.add('pool', async () => {
      closed.push('pool');
    });
    shutdown.add('redis', async () => {
      throw new Error('connection is closed');
    });
    shutdown.add('workers', async () => {
      closed.push('workers');
    });
    await shutdown.run((name, error) => failures.push([name, (error as Error).message]));
    expect(closed).toEqual(['workers', 'pool']);
    expect(failures).toEqual([['redis', 'connection is closed']]);
  });

  it('runs once: a second call waits for the same run and closes nothing twice', async () => {
    let closes = 0;
    let release: () => void = () => {};
    const shutdown = new ShutdownSequence();
    shutdown.add('slow', () => {
      closes += 1;
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    const first = shutdown.run(() => {});
    const second = shutdown.run(() => {});
    release();
    await Promise.all([first, second]);
    await shutdown.run(() => {});
    expect(closes).toBe(1);
  });
});
