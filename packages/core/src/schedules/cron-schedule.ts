import cronParser, { type CronExpression } from 'cron-parser';
import { InvalidRequestError } from '../errors.js';

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly']);
/** How many upcoming runs are checked against the minimum interval. */
const INTERVAL_SAMPLE = 10;

/** Throws InvalidRequestError (field `timezone`) unless `timezone` is an IANA zone this runtime knows. */
export function assertTimeZone(timezone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new InvalidRequestError(
      `unknown time zone ${timezone} (an IANA name such as Europe/Paris)`,
      'timezone',
    );
  }
}

/**
 * The next `count` times a cron expression fires in a time zone, after `from`. The expression is what BullMQ's
 * job schedulers run (cron-parser): 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds
 * first, or a macro (@daily…). Invalid expressions throw InvalidRequestError (field `cron`) with the reason.
 */
export function nextRuns(cron: string, timezone: string, from: Date, count: number): Date[] {
  assertTimeZone(timezone);
  const fields = cron.trim().split(/\s+/);
  if (!(MACROS.has(cron.trim()) || fields.length === 5 || fields.length === 6)) {
    throw new InvalidRequestError(
      `cron must have 5 fields (minute hour day month weekday), 6 with seconds first, or be a macro such as @daily; got ${fields.length}`,
      'cron',
    );
  }
  let iterator: CronExpression;
  try {
    iterator = cronParser.parseExpression(cron, { tz: timezone, currentDate: from });
  } catch (error) {
    throw new InvalidRequestError(`invalid cron expression: ${(error as Error).message}`, 'cron');
  }
  const runs: Date[] = [];
  try {
    for (let index = 0; index < count; index += 1) runs.push(iterator.next().toDate());
  } catch (error) {
    throw new InvalidRequestError(`the cron expression never fires: ${(error as Error).message}`, 'cron');
  }
  return runs;
}

/**
 * Validates a schedule's cron and time zone and refuses one that fires more often than `minIntervalSeconds`
 * (a scan every second would record a skipped run every second). Returns the next three runs.
 */
export function validateSchedule(
  cron: string,
  timezone: string,
  minIntervalSeconds: number,
  now: Date,
): Date[] {
  const runs = nextRuns(cron, timezone, now, INTERVAL_SAMPLE);
  for (let index = 1; index < runs.length; index += 1) {
    const gap = ((runs[index] as Date).getTime() - (runs[index - 1] as Date).getTime()) / 1000;
    if (gap < minIntervalSeconds) {
      throw new InvalidRequestError(
        `the schedule fires every ${gap} s; the minimum interval is ${minIntervalSeconds} s (SCHEDULE_MIN_INTERVAL_SECONDS)`,
        'cron',
      );
    }
  }
  return runs.slice(0, 3);
}
