import type { ReadResult } from '@orgscan/checks';
import { AwsCallError, classifyAwsError } from '../aws-error.js';

/**
 * Reads one field of one resource (a bucket's policy, a key's rotation status). A failure is kept as the
 * field's error instead of failing the whole slice, so one unreadable resource does not hide the others.
 */
export async function readField<T>(operation: string, read: () => Promise<T>): Promise<ReadResult<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (raw) {
    const error = classifyAwsError(raw, operation);
    return { ok: false, code: error.code, operation: error.operation };
  }
}

/** The read's value, or null when AWS answers with one of `codes` ("no such configuration": a fact). */
export async function nullWhen<T>(codes: readonly string[], read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AwsCallError && codes.includes(error.code)) return null;
    throw error;
  }
}
