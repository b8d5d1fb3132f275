import type { AttemptEvent } from '@orgscan/aws';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What a worker process tells Prometheus: AWS calls and throttles by service and operation, limiter waits,
 * account jobs by outcome and job durations. One registry per process, created by createWorkerRuntime.
 */
export class WorkerMetrics {
  readonly registry = new Registry();

  readonly awsCalls = new Counter({
    name: 'orgscan_aws_calls_total',
    help: 'AWS requests sent, retries included, by service, operation and outcome (ok, throttled, error)',
    labelNames: ['service', 'operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly awsCallSeconds = new Histogram({
    name: 'orgscan_aws_call_duration_seconds',
    help: 'Duration of AWS requests by service',
    labelNames: ['service'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [this.registry],
  });

  readonly limiterWaitSeconds = new Histogram({
    name: 'orgscan_rate_limiter_wait_seconds',
    help: 'Time AWS calls waited for a rate-limit token, by service',
    labelNames: ['service'] as const,
    buckets: [0, 0.05, 0.1, 0.5, 1, 5, 10, 30],
    registers: [this.registry],
  });

  readonly jobs = new Counter({
    name: 'orgscan_jobs_total',
    help: 'Jobs processed by name and outcome (completed, failed)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly jobSeconds = new Histogram({
    name: 'orgscan_job_duration_seconds',
    help: 'Job durations by name',
    labelNames: ['job'] as const,
    buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
    registers: [this.registry],
  });

  readonly activeJobs = new Gauge({
    name: 'orgscan_worker_active_jobs',
    help: 'Jobs this worker is running now',
    registers: [this.registry],
  });

  /** For AwsAccess's onAttempt hook. */
  recordAttempt(event: AttemptEvent): void {
    this.awsCalls.inc({ service: event.service, operation: event.operation, outcome: event.outcome });
    this.awsCallSeconds.observe({ service: event.service }, event.durationMs / 1000);
    this.limiterWaitSeconds.observe({ service: event.service }, event.limiterWaitMs / 1000);
  }
}
