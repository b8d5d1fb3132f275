export interface LatencyStats {
  readonly requests: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

/**
 * Runs `request` `count` times one after the other (after `warmup` unmeasured runs) and reports latency
 * percentiles. Sequential on purpose: it measures one request's latency, not the server's throughput.
 */
export async function measure(
  count: number,
  warmup: number,
  request: (iteration: number) => Promise<void>,
): Promise<LatencyStats> {
  for (let iteration = 0; iteration < warmup; iteration += 1) await request(iteration);
  const samples: number[] = [];
  for (let iteration = 0; iteration < count; iteration += 1) {
    const started = performance.now();
    await request(iteration);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    requests: count,
    p50Ms: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    p99Ms: percentile(samples, 0.99),
    maxMs: percentile(samples, 1),
  };
}
