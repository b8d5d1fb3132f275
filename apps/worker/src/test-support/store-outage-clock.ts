import type { StoreOutagePolicy } from '@orgscan/core';

/**
 * A StoreOutagePolicy on a fake clock (sleeping advances it at once), waiting up to 5 minutes, that
 * records how often work waited; `endAfter(n, end)` ends a simulated outage after the n-th wait.
 */
export function storeOutageClock() {
  let now = 0;
  let waits = 0;
  let ending: { after: number; end: () => void } | null = null;
  const policy: StoreOutagePolicy = {
    maxWaitMs: 300_000,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      waits += 1;
      if (ending && waits >= ending.after) {
        ending.end();
        ending = null;
      }
    },
  };
  return {
    policy,
    waits: () => waits,
    waitedMs: () => now,
    endAfter(after: number, end: () => void) {
      ending = { after, end };
    },
  };
}
