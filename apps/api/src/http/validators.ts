import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const COMMON_OPTIONS = {
  // Unknown fields are reported (and refused by additionalProperties: false), never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  allErrors: true,
  // TypeBox schemas carry $ids; compiling a route's schema must not register them globally.
  addUsedSchema: false,
} as const;

/**
 * Request validation with types taken at their word where they exist. Query strings and path parameters
 * are text, so their values are coerced to the declared type (`limit=5`, a single value for a list). A
 * JSON body has types of its own: a number where a string is declared is a 400, not the string "1e+308".
 */
export function registerValidators(app: FastifyInstance): void {
  const coercing = new Ajv({ ...COMMON_OPTIONS, coerceTypes: 'array' });
  const exact = new Ajv({ ...COMMON_OPTIONS, coerceTypes: false });
  // ajv-formats is CommonJS with a default export: under NodeNext its plugin is `.default`.
  ajvFormats.default(coercing);
  ajvFormats.default(exact);
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? exact : coercing).compile(schema as object),
  );
}
