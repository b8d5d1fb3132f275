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

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}
