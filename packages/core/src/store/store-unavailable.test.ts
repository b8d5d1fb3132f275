import { describe, expect, it } from 'vitest';
import { isStoreUnavailable } from './store-unavailable.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isStoreUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['Postgres starting up', withCode('the database system is starting up', '57P03')],
    ['an administrator shutdown', withCode('terminating connection due to administrator command', '57P01')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['both addresses of localhost refusing', new AggregateError([withCode('x', 'ECONNREFUSED')], 'connect')],
  ])('is true for %s', (_, error) => {
    expect(isStoreUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value', '23505')],
    ['a syntax error', withCode('syntax error at or near', '42601')],
    ['an invalid cast', withCode('invalid input syntax for type uuid', '22P02')],
    ['an error of orgscan itself', new TypeError('x is undefined')],
    ['something that is no error', 'ECONNREFUSED'],
  ])('is false for %s', (_, error) => {
    expect(isStoreUnavailable(error)).toBe(false);
  });
});
