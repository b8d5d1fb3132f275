import { Queue } from 'bullmq';
import { AUTOMATION_JOB_NAMES, SCHEDULE_QUEUE, scheduleSchedulerId } from './automation-contracts.js';
import { type QueueConnectionOptions, QueueUnavailableError } from './scan-queue.js';

export interface ScheduledJob {
  readonly id: string;
  readonly cron: string;
  readonly timezone: string;
}

/**
 * BullMQ job schedulers of the scan schedules. Each enabled schedule is one job scheduler with a stable id
 * (`schedule-<id>`): upserting from any api replica or worker, any number of times, leaves one scheduler,
 * and each tick is one job with an id BullMQ derives from the tick time, so no tick fires twice.
 */
export class ScheduleQueue {
  private readonly queue: Queue;

  constructor(options: QueueConnectionOptions) {
    this.queue = new Queue(SCHEDULE_QUEUE, { connection: options.connection, prefix: options.prefix });
    this.queue.on('error', options.onError);
  }

  async upsert(schedule: ScheduledJob): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        scheduleSchedulerId(schedule.id),
        { pattern: schedule.cron, tz: schedule.timezone },
        {
          name: AUTOMATION_JOB_NAMES.scheduledScan,
          data: { scheduleId: schedule.id },
          opts: { removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } },
        },
      );
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  async remove(scheduleId: string): Promise<void> {
    try {
      await this.queue.removeJobScheduler(scheduleSchedulerId(scheduleId));
    } catch (error) {
      throw new QueueUnavailableError(error);
    }
  }

  /**
   * Makes Redis agree with the database (the source of truth) at start-up: every enabled schedule has its
   * job scheduler (recreated if Redis lost it), and schedulers of deleted or disabled schedules are removed.
   */
  async reconcile(enabled: readonly ScheduledJob[]): Promise<{ upserted: number; removed: number }> {
    const wanted = new Set(enabled.map((schedule) => scheduleSchedulerId(schedule.id)));
    const existing = await this.queue.getJobSchedulers(0, -1);
    let removed = 0;
    for (const scheduler of existing) {
      if (scheduler.key.startsWith('schedule-') && !wanted.has(scheduler.key)) {
        await this.queue.removeJobScheduler(scheduler.key);
        removed += 1;
      }
    }
    for (const schedule of enabled) await this.upsert(schedule);
    return { upserted: enabled.length, removed };
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
