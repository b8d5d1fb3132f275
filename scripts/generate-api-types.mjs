// Regenerates the dashboard's API types from the routes (run after `npm run build`, or use
// `npm run generate:api-types`): apps/web/src/api/openapi.json, then schema.d.ts with openapi-typescript.
// A test (apps/api/src/openapi/web-api-types.test.ts) fails when the committed files are out of date.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '@orgscan/api';
import openapiTS, { astToString } from 'openapi-typescript';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'src', 'api');
const document = await openApiDocument();
writeFileSync(join(target, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(target, 'schema.d.ts'), astToString(await openapiTS(document)));
console.log(`apps/web/src/api: ${Object.keys(document.paths).length} paths`);
