import { describe, expect, it } from 'vitest';
import { implies } from './comparison-implication.js';
import { type FilterComparison, parseFilterPattern } from './filter-pattern.js';

const comparison = (text: string) => parseFilterPattern(`{ ${text} }`) as FilterComparison;
const yes = (a: string, b: string) => expect(implies(comparison(a), comparison(b)), `${a} ⇒ ${b}`).toBe(true);
const no = (a: string, b: string) => expect(implies(comparison(a), comparison(b)), `${a} ⇏ ${b}`).toBe(false);

describe('implies (one comparison to another on the same field)', () => {
  it('compares only the same field', () => {
    yes('$.a = x', '$.a = x');
    no('$.a = x', '$.b = x');
  });

  it('follows wildcards at the start and end of values, case-sensitively', () => {
    yes('$.errorCode = AccessDenied', '$.errorCode = "AccessDenied*"');
    yes('$.errorCode = AccessDeniedException', '$.errorCode = AccessDenied*');
    yes('$.errorCode = Client.UnauthorizedOperation', '$.errorCode = *UnauthorizedOperation');
    yes('$.errorCode = AccessDenied*', '$.errorCode = Access*');
    yes('$.errorCode = AccessDenied*', '$.errorCode = *Denied*');
    yes('$.errorCode = *Operation', '$.errorCode = *Op*');
    yes('$.errorCode = anything', '$.errorCode = *');
    no('$.errorCode = Access*', '$.errorCode = AccessDenied*');
    no('$.errorCode = *', '$.errorCode = AccessDenied*');
    no('$.errorCode = accessdenied', '$.errorCode = AccessDenied*');
    no('$.errorCode = Access*', '$.errorCode = *Denied');
  });

  it('treats a * inside a value as uncertain: only the identical value implies it', () => {
    yes('$.a = "Ev*ent"', '$.a = "Ev*ent"');
    no('$.a = Event', '$.a = "Ev*ent"');
    no('$.a = "Ev*ent"', '$.a = "Ev*"');
  });

  it('derives != from an = that cannot match the excluded value', () => {
    yes('$.eventName = ConsoleLogin', '$.eventName != HeadBucket');
    yes('$.eventName = Put*', '$.eventName != Get*');
    yes('$.eventName = *Bucket', '$.eventName != *Object');
    no('$.eventName = Head*', '$.eventName != HeadBucket');
    no('$.eventName = Put*', '$.eventName != *Bucket');
    no('$.eventName = HeadBucket', '$.eventName != HeadBucket');
  });

  it('relates two != by what they exclude, and never derives = from !=', () => {
    yes('$.eventName != "Head*"', '$.eventName != HeadBucket');
    yes('$.a != x', '$.a != x');
    no('$.eventName != HeadBucket', '$.eventName != "Head*"');
    no('$.additionalEventData.MFAUsed != Yes', '$.additionalEventData.MFAUsed = No');
    no('$.a != x', '$.a = *');
  });

  it('reasons about numbers as intervals', () => {
    yes('$.n = 5', '$.n > 4');
    yes('$.n = 5', '$.n != 4');
    yes('$.n < 3', '$.n <= 3');
    yes('$.n < 3', '$.n < 3');
    yes('$.n < 3', '$.n != 3');
    yes('$.n <= 3', '$.n < 4');
    yes('$.n > 10', '$.n >= 10');
    yes('$.n >= 10', '$.n > 9');
    yes('$.n >= 10', '$.n != 9');
    yes('$.n != 4', '$.n != 4');
    no('$.n <= 3', '$.n < 3');
    no('$.n <= 3', '$.n != 3');
    no('$.n > 10', '$.n < 20');
    no('$.n >= 10', '$.n > 10');
    no('$.n != 4', '$.n > 5');
    no('$.n = 5', '$.n = "5"');
  });

  it('lets a present value imply $.field = *', () => {
    yes('$.n = 5', '$.n = *');
    yes('$.a = x', '$.a = *');
    no('$.n != 5', '$.n = *');
    no('$.a NOT EXISTS', '$.a = *');
  });

  it('matches IS NULL, NOT EXISTS, booleans and regular expressions only with themselves', () => {
    yes('$.a IS NULL', '$.a IS NULL');
    yes('$.a NOT EXISTS', '$.a NOT EXISTS');
    yes('$.a IS TRUE', '$.a IS TRUE');
    yes('$.a = %Delete.*%', '$.a = %Delete.*%');
    no('$.a IS TRUE', '$.a IS FALSE');
    no('$.a NOT EXISTS', '$.a IS NULL');
    no('$.a NOT EXISTS', '$.a != x');
    no('$.a = %Delete.*%', '$.a != %Delete.*%');
    no('$.a = DeleteKey', '$.a = %Delete.*%');
  });
});
