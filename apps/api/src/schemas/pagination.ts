import { type TSchema, Type } from '@sinclair/typebox';

export const PaginationQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Items per page' }),
  cursor: Type.Optional(
    Type.String({ minLength: 1, maxLength: 2048, description: 'nextCursor of the previous page' }),
  ),
};

export function pageOf<T extends TSchema>(item: T, title: string) {
  return Type.Object(
    {
      items: Type.Array(item),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: 'Pass as cursor for the next page; null at the end',
      }),
    },
    { title },
  );
}
