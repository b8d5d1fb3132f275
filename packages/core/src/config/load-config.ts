import type { Static, TObject } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** Every problem with the environment at once, so an operator fixes them in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the keys of `schema` from `env` (empty values count as unset), converts them to their declared
 * types, applies defaults and validates. Other variables are ignored. Throws ConfigError listing every
 * invalid key; messages name the key, never its value (values can be secrets).
 */
export function loadConfig<S extends TObject>(
  schema: S,
  env: Readonly<Record<string, string | undefined>>,
): Static<S> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const value = Value.Default(schema, Value.Convert(schema, raw));
  const problems = [...Value.Errors(schema, value)].map((error) => {
    const key = error.path.replace(/^\//, '') || '(root)';
    const described = (schema.properties[key] as { description?: string } | undefined)?.description;
    return `${key}: ${error.message}${described ? ` (${described})` : ''}`;
  });
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return value as Static<S>;
}

/** The list of allowed keys of a schema, for .env.example and documentation. */
export function configKeys(schema: TObject): string[] {
  return Object.keys(schema.properties);
}
