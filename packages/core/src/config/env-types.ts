import { type TSchema, Type } from '@sinclair/typebox';

/**
 * Schema builders for environment variables. Values arrive as strings; the loader converts them to the
 * declared type before validation, so a schema reads like the configuration it describes.
 */
export const Env = {
  string: (description: string, options: { pattern?: string; default?: string; minLength?: number } = {}) =>
    Type.String({ description, minLength: options.minLength ?? 1, ...options }),
  optionalString: (description: string, options: { pattern?: string } = {}) =>
    Type.Optional(Type.String({ description, minLength: 1, ...options })),
  integer: (description: string, options: { minimum?: number; maximum?: number; default: number }) =>
    Type.Integer({ description, ...options }),
  number: (description: string, options: { minimum?: number; maximum?: number; default: number }) =>
    Type.Number({ description, ...options }),
  oneOf: <const T extends readonly string[]>(description: string, values: T, defaultValue: T[number]) =>
    Type.Union(
      values.map((value) => Type.Literal(value)),
      { description, default: defaultValue },
    ) as TSchema,
};
