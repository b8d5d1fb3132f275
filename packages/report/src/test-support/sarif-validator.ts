import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS modules whose class and plugin are their `default` export.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

/** Validates a SARIF log against the vendored SARIF 2.1.0 schema; returns the problems (none: valid). */
export function sarifProblems(log: unknown): string[] {
  const schema = JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'sarif-schema-2.1.0-rtm.5.json'), 'utf8'),
  );
  // The schema's language-tag pattern is written for JavaScript's non-unicode regular expressions.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (error: { instancePath: string; message?: string }) =>
      `${error.instancePath || '/'} ${error.message ?? ''}`,
  );
}
