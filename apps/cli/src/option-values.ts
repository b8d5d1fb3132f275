import { SEVERITIES, type Severity } from '@orgscan/checks';
import { UsageError } from './exit-codes.js';

/** "a,b, c" → ['a', 'b', 'c'] (empty items dropped); several occurrences of the option add up. */
export function commaList(value: string, previous: readonly string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

export function accountIds(values: readonly string[], option: string): string[] {
  const invalid = values.filter((value) => !/^\d{12}$/.test(value));
  if (invalid.length > 0) throw new UsageError(`${option}: not a 12-digit account id: ${invalid.join(', ')}`);
  return values.slice();
}

export function ouIds(values: readonly string[], option: string): string[] {
  const invalid = values.filter(
    (value) => !/^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/.test(value),
  );
  if (invalid.length > 0)
    throw new UsageError(
      `${option}: not an OU id (ou-xxxx-xxxxxxxx) or root id (r-xxxx): ${invalid.join(', ')}`,
    );
  return values.slice();
}

export function regions(values: readonly string[], option: string): string[] {
  const invalid = values.filter((value) => !/^[a-z]{2}(-[a-z]+)+-\d$/.test(value));
  if (invalid.length > 0)
    throw new UsageError(`${option}: not a region name (like eu-west-1): ${invalid.join(', ')}`);
  return [...new Set(values)].sort();
}

/** `--framework cis-aws-7.0.0` or `--framework cis-aws-7.0.0=2.4,2.5` (repeatable). */
export function frameworkSpec(
  value: string,
  previous: ReadonlyArray<{ id: string; requirements?: string[] }> = [],
): Array<{ id: string; requirements?: string[] }> {
  const [id = '', requirements] = value.split('=', 2);
  if (!id.trim())
    throw new UsageError(`--framework: expected <id> or <id>=<requirement>,<requirement>…, got "${value}"`);
  const entry =
    requirements === undefined ? { id: id.trim() } : { id: id.trim(), requirements: commaList(requirements) };
  return [...previous, entry];
}

/** `--account-tag environment=prod,staging` (repeatable; every tag must match one of its values). */
export function tagFilter(
  value: string,
  previous: ReadonlyArray<{ key: string; values: string[] }> = [],
): Array<{ key: string; values: string[] }> {
  const [key = '', values = ''] = value.split('=', 2);
  const list = commaList(values);
  if (!key.trim() || list.length === 0)
    throw new UsageError(`--account-tag: expected <key>=<value>[,<value>…], got "${value}"`);
  return [...previous, { key: key.trim(), values: list }];
}

export function severity(value: string, option: string): Severity {
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new UsageError(`${option}: expected one of ${SEVERITIES.join(', ')}, got "${value}"`);
  }
  return value as Severity;
}

export function positiveInteger(value: string, option: string, maximum = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1 || parsed > maximum) {
    throw new UsageError(`${option}: expected a whole number from 1 to ${maximum}, got "${value}"`);
  }
  return parsed;
}

export function nonNegativeNumber(value: string, option: string, maximum: number): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > maximum) {
    throw new UsageError(`${option}: expected a number from 0 to ${maximum}, got "${value}"`);
  }
  return parsed;
}
