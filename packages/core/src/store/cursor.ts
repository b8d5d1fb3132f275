/** A request's cursor that is not one we issued. */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not valid for this listing');
    this.name = 'InvalidCursorError';
  }
}

/** Opaque keyset cursor: the sort key of the last row returned, as base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * What each part of a listing's sort key is. A cursor is client input: every part is checked against
 * its kind before it reaches SQL, so a tampered cursor is a 400, never a failed cast (500).
 */
export type CursorPart =
  | 'text'
  | 'accountId'
  | 'timestamp'
  | 'uuid'
  | 'fingerprint'
  | 'smallint'
  | 'integer'
  | 'integerText';

type CursorValue<K extends CursorPart> = K extends 'smallint' | 'integer' ? number : string;
export type CursorKey<K extends readonly CursorPart[]> = { -readonly [I in keyof K]: CursorValue<K[I]> };

/** Sort keys are ids and names of AWS resources: far below this. */
const MAX_TEXT_PART = 2048;
/** A timestamp as cursorTimestamp() writes it (microseconds, UTC); year 0 does not exist in Postgres. */
const TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isText = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= MAX_TEXT_PART &&
  !value.includes('\u0000') &&
  !LONE_SURROGATE.test(value);

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  text: isText,
  accountId: (value) => typeof value === 'string' && /^\d{12}$/.test(value),
  // A real calendar instant: 2026-02-30 is not one (a Date would roll it over into March).
  timestamp: (value) =>
    typeof value === 'string' &&
    TIMESTAMP.test(value) &&
    new Date(`${value.slice(0, 23)}Z`).toISOString().slice(0, 23) === value.slice(0, 23),
  uuid: (value) => typeof value === 'string' && UUID.test(value),
  fingerprint: (value) => typeof value === 'string' && /^[0-9a-f]{32}$/.test(value),
  smallint: (value) => Number.isInteger(value) && (value as number) >= -32_768 && (value as number) <= 32_767,
  integer: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  // A bigint column's value, carried as text so no precision is lost.
  integerText: (value) => typeof value === 'string' && /^\d{1,18}$/.test(value),
};

/** The sort key a cursor carries, each part checked against `shape`; InvalidCursorError otherwise. */
export function decodeCursor<const K extends readonly CursorPart[]>(cursor: string, shape: K): CursorKey<K> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (
    !Array.isArray(key) ||
    key.length !== shape.length ||
    !shape.every((kind, index) => PART_CHECKS[kind](key[index]))
  ) {
    throw new InvalidCursorError();
  }
  return key as CursorKey<K>;
}

/**
 * SQL for a timestamptz column as a cursor carries it: text with microseconds, in UTC. Going through a JS
 * Date would keep milliseconds only, and rows sharing a millisecond would be skipped or repeated.
 */
export function cursorTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/**
 * A page of a keyset listing queried with LIMIT limit + 1: the extra row only says that a next page
 * exists, and the cursor is the sort key of the last row returned.
 */
export function keysetPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  keyOf: (last: Row) => readonly (string | number)[],
): Page<Item> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
