import { setTimeout as delay } from 'node:timers/promises';

/**
 * Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs` with a message
 * that says what was awaited and what was last seen. The bounded alternative to sleeping in tests.
 */
export async function waitFor<T>(
  description: string,
  probe: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; lastSeen?: () => unknown } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    last = options.lastSeen?.();
    await delay(options.intervalMs ?? 25);
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${description}${last !== undefined ? `; last seen: ${JSON.stringify(last)}` : ''}`,
  );
}
