import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../errors.js';
import { nextRuns, validateSchedule } from './cron-schedule.js';

const NOW = new Date('2026-03-28T12:00:00Z');

function problem(run: () => unknown): InvalidRequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRequestError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('cron schedules', () => {
  it('computes the next runs in the schedule time zone, across a DST change', () => {
    // Paris moves to summer time on 2026-03-29: 02:00 local is UTC+1 before, UTC+2 after.
    expect(nextRuns('0 2 * * *', 'Europe/Paris', NOW, 3).map((run) => run.toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ]);
    expect(nextRuns('*/15 * * * * *', 'UTC', NOW, 2).map((run) => run.toISOString())).toEqual([
      '2026-03-28T12:00:15.000Z',
      '2026-03-28T12:00:30.000Z',
    ]);
  });

  it('rejects an invalid cron expression with the reason, naming the field', () => {
    const outOfRange = problem(() => validateSchedule('61 * * * *', 'UTC', 60, NOW));
    expect(outOfRange.field).toBe('cron');
    expect(outOfRange.message).toMatch(/61.*0-59/);
    expect(problem(() => validateSchedule('* * * *', 'UTC', 60, NOW)).message).toMatch(/5 fields/);
    expect(problem(() => validateSchedule('0 0 30 2 *', 'UTC', 60, NOW)).field).toBe('cron');
  });

  it('rejects an unknown time zone, naming the field', () => {
    const error = problem(() => validateSchedule('0 2 * * *', 'Mars/Olympus', 60, NOW));
    expect(error.field).toBe('timezone');
    expect(error.message).toMatch(/Mars\/Olympus/);
  });

  it('refuses a schedule firing more often than the minimum interval', () => {
    expect(problem(() => validateSchedule('* * * * *', 'UTC', 300, NOW)).message).toMatch(/every 60 s/);
    expect(validateSchedule('*/5 * * * *', 'UTC', 300, NOW)).toHaveLength(3);
  });
});
