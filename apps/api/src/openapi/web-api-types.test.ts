import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi-document.js';

const webApi = join(dirname(fileURLToPath(import.meta.url)), '../../../web/src/api');

describe("the dashboard's generated API types", () => {
  it('match the routes (regenerate: npm run generate:api-types)', async () => {
    const document = await openApiDocument();
    const committed = readFileSync(join(webApi, 'openapi.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(document, null, 2)}\n`);
    // As scripts/generate-api-types.mjs renders them.
    expect(readFileSync(join(webApi, 'schema.d.ts'), 'utf8')).toBe(
      astToString(await openapiTS(document as never)),
    );
  });
});
