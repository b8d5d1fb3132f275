import { readFile } from 'node:fs/promises';
import { findCheck } from '@orgscan/checks';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../exit-codes.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Optional(Type.Union([schema, Type.Null()]));

/** One accepted risk, with the fields of the API's mutes (POST /v1/mutes); `id` names it in the reports. */
export const MuteEntrySchema = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    accountId: nullable(Type.String({ pattern: '^\\d{12}$' })),
    ouId: nullable(Type.String({ pattern: '^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$' })),
    region: nullable(Type.String({ pattern: '^([a-z]{2}(-[a-z]+)+-\\d|global)$' })),
    checkId: nullable(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })),
    resourcePattern: nullable(Type.String({ minLength: 1, maxLength: 1024 })),
    reason: Type.String({ minLength: 3, maxLength: 2000 }),
    owner: Type.String({ minLength: 1, maxLength: 200 }),
    expiresAt: nullable(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);

export const MutesFileSchema = Type.Object(
  { mutes: Type.Array(MuteEntrySchema) },
  { additionalProperties: false },
);

type MuteEntry = Static<typeof MuteEntrySchema>;

/** A mute ready to match findings: every scope field that is set must match. */
export interface Mute {
  readonly id: string;
  readonly accountId: string | null;
  readonly ouId: string | null;
  readonly region: string | null;
  readonly checkId: string | null;
  readonly resourcePattern: string | null;
  readonly reason: string;
  readonly owner: string;
  readonly expiresAt: Date | null;
}

const SCOPE_FIELDS = ['accountId', 'ouId', 'region', 'checkId', 'resourcePattern'] as const;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads a mutes file (YAML or JSON: `mutes:` and a list of mutes with the API's fields) and validates every
 * entry; all problems are reported at once, each with the entry's position and field.
 */
export async function loadMutesFile(path: string): Promise<Mute[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--mutes ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new UsageError(`--mutes ${path}: not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (Array.isArray(document)) document = { mutes: document };
  const problems = [...Value.Errors(MutesFileSchema, document)].map(
    (error) =>
      `${error.path.replace(/^\/mutes\/(\d+)/, (_, index) => `mutes[${index}]`) || '/'}: ${error.message}`,
  );
  if (problems.length > 0) {
    throw new UsageError(
      `--mutes ${path} is not a valid mutes file:\n  ${problems.slice(0, 12).join('\n  ')}`,
    );
  }
  const entries = (document as Static<typeof MutesFileSchema>).mutes;
  const semantic = entries.flatMap((entry, index) =>
    entryProblems(entry).map((problem) => `mutes[${index}]: ${problem}`),
  );
  const ids = entries.map((entry, index) => entry.id ?? `mute-${index + 1}`);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) semantic.push(`id ${duplicate} is used twice`);
  if (semantic.length > 0) {
    throw new UsageError(`--mutes ${path} is not a valid mutes file:\n  ${semantic.join('\n  ')}`);
  }
  return entries.map((entry, index) => ({
    id: ids[index]!,
    accountId: entry.accountId ?? null,
    ouId: entry.ouId ?? null,
    region: entry.region ?? null,
    checkId: entry.checkId ?? null,
    resourcePattern: entry.resourcePattern ?? null,
    reason: entry.reason,
    owner: entry.owner,
    expiresAt: entry.expiresAt ? new Date(entry.expiresAt) : null,
  }));
}

function entryProblems(entry: MuteEntry): string[] {
  const problems: string[] = [];
  if (SCOPE_FIELDS.every((field) => entry[field] === undefined || entry[field] === null)) {
    problems.push(`needs at least one of ${SCOPE_FIELDS.join(', ')}`);
  }
  if (entry.checkId && !findCheck(entry.checkId)) problems.push(`unknown check ${entry.checkId}`);
  // Earlier versions named account resources arn:<partition>::<id>:account (no service); such a glob now
  // matches nothing, and a mute that silently stopped muting would fail a gate it used to pass.
  const serviceless = entry.resourcePattern ? /^arn:([^:]*)::(.*)$/.exec(entry.resourcePattern) : null;
  if (serviceless) {
    problems.push(
      `resourcePattern ${entry.resourcePattern} names no service and matches nothing: account resources are ` +
        `arn:<partition>:account::<account>:account[/<region>] (write arn:${serviceless[1]}:account::${serviceless[2]})`,
    );
  }
  if (
    entry.expiresAt &&
    (!ISO_DATE_TIME.test(entry.expiresAt) || Number.isNaN(Date.parse(entry.expiresAt)))
  ) {
    problems.push(`expiresAt is not an ISO 8601 date or date-time: ${entry.expiresAt}`);
  }
  return problems;
}
