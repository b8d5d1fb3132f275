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

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === length &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
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
