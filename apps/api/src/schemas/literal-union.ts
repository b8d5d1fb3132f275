import { type TLiteral, type TUnion, Type } from '@sinclair/typebox';

/** A union of string literals that keeps its literal types (Type.Union over a mapped array does not). */
export function literalUnion<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as unknown as TUnion<TLiteral<T[number]>[]>;
}
