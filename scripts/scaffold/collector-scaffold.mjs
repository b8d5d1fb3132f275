// What `npm run new:collector` writes: the inventory slice type and SLICE_SCOPE entry, the collector and its
// aws-sdk-client-mock test, the collector registry entry, the deploy template actions and, for a service
// orgscan does not call yet, its registry entry (client, IAM prefix), simulated service and state stubs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientClassName, operationShape } from './sdk-shapes.mjs';
import {
  camelCase,
  insertAfter,
  insertAtEndOf,
  insertBefore,
  pascalCase,
  SCAFFOLD_MARKER,
} from './source-edit.mjs';

const q = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** Validates the request against the repository and the installed SDK package; returns what to write. */
export function collectorRequest(root, { service, slice, scope, list, reads = [], sdkPackage, iamPrefix }) {
  if (!/^[a-z][a-z0-9]*$/.test(service ?? ''))
    throw new Error('service is the short lower-case name, e.g. guardduty');
  if (!new RegExp(`^${service}\\.[a-z][A-Za-z0-9]*$`).test(slice ?? '')) {
    throw new Error(`slice is <service>.<camelCaseWhat>, e.g. ${service}.detectors`);
  }
  if (scope !== 'global' && scope !== 'regional') throw new Error('--scope is global or regional');
  if (!/^[A-Z]\w+$/.test(list ?? '')) throw new Error('--list is the list operation, e.g. ListDetectors');
  const registry = readFileSync(join(root, 'packages/aws/src/transport/aws-services.ts'), 'utf8');
  const known = new RegExp(`\\n  ${service}: \\{\\n    sdkPackage: '([^']+)'`).exec(registry);
  const newService = !known;
  const pkg = known?.[1] ?? sdkPackage;
  if (!pkg) throw new Error(`${service} is a new service: give --sdk-package @aws-sdk/client-<name>`);
  const slices = readFileSync(join(root, 'packages/checks/src/inventory/slices.ts'), 'utf8');
  if (slices.includes(`'${slice}':`)) throw new Error(`slice ${slice} exists already`);
  const listShape = operationShape(root, pkg, list);
  if (!listShape.listField)
    throw new Error(`${list} answers no list; give the operation that lists the items`);
  if (listShape.requiredInput.length > 0) {
    throw new Error(
      `${list} requires ${listShape.requiredInput.join(', ')}; give a list operation of the whole ${scope === 'global' ? 'account' : 'region'}`,
    );
  }
  const readShapes = reads.map((read) => operationShape(root, pkg, read));
  const what = slice.slice(service.length + 1);
  const singular = what.endsWith('s') ? what.slice(0, -1) : what;
  const typeName = pascalCase(`${service}-${singular}`);
  const collectorFileBase = existsSync(join(root, `packages/aws/src/collectors/${service}.ts`))
    ? `${service}-${what.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
    : service;
  return {
    service,
    slice,
    scope,
    list: listShape,
    reads,
    shapes: Object.fromEntries([listShape, ...readShapes].map((shape) => [shape.operation, shape])),
    sdkPackage: pkg,
    sdkNamespace: pascalCase(pkg.replace('@aws-sdk/client-', '')),
    clientClass: clientClassName(root, pkg),
    iamPrefix: iamPrefix ?? service,
    newService,
    typeName,
    inventoryFile: `packages/checks/src/inventory/${service}.ts`,
    inventoryFileExists: existsSync(join(root, `packages/checks/src/inventory/${service}.ts`)),
    collectorFileBase,
    collectorName: `${camelCase(slice)}Collector`,
    simulatorName: `simulated${pascalCase(service)}`,
  };
}

export function inventoryTypeSource(request) {
  return `/** ${SCAFFOLD_MARKER}: one entry of the ${request.slice} slice, with only the fields checks read. */
export interface ${request.typeName} {
  readonly arn: string;
}
`;
}

export function collectorSource(request) {
  const { service, slice, scope, list, sdkPackage, typeName, collectorName } = request;
  const kind = scope === 'global' ? 'GlobalCollector' : 'RegionalCollector';
  const tokenIn = list.inputToken ? `{ ${list.inputToken}: token }` : '{}';
  const tokenOut = list.outputToken ? `page.${list.outputToken}` : 'undefined';
  return `import { ${list.operation}Command } from ${q(sdkPackage)};
import type { ${typeName} } from '@orgscan/checks';
import type { ${kind} } from './collector.js';
import { collectList } from './list-collector.js';

/** ${SCAFFOLD_MARKER}: what the slice holds (${list.operation}, all pages, then each item's own reads). */
export const ${collectorName}: ${kind}<${q(slice)}> = {
  slice: ${q(slice)},
  collect: ({ api, region }) =>
    collectList({
      listPage: (${list.inputToken ? 'token' : ''}) => api.call(region, ${q(service)}, new ${list.operation}Command(${tokenIn})),
      nextToken: (${list.outputToken ? 'page' : ''}) => ${tokenOut},
      items: (page) => page.${list.listField},
      // Each item's own reads go through readField (and nullWhen for "not configured"): docs/adding-an-aws-service.md.
      entry: (item): ${typeName} | null => {
        throw new Error(\`${SCAFFOLD_MARKER}: build the ${slice} entry of \${JSON.stringify(item)}\`);
      },
    }),
};
`;
}

export function collectorTestSource(request) {
  const { service, list, sdkPackage, clientClass, collectorName, collectorFileBase } = request;
  const mock = camelCase(`${service}-mock`);
  return `import { ${clientClass}, ${list.operation}Command, type ${list.operation}CommandOutput } from ${q(sdkPackage)};
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { answerToWrite, awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import type { CollectorContext } from './collector.js';
import { ${collectorName} } from './${collectorFileBase}.js';

const ${mock} = mockClient(${clientClass});

beforeEach(() => {
  ${mock}.reset();
});

afterAll(() => {
  ${mock}.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

describe(${q(collectorName)}, () => {
  it('lists every page of ${list.operation} and builds one entry per item', async () => {
    ${mock}
      .on(${list.operation}Command)
      .resolvesOnce(answerToWrite<${list.operation}CommandOutput>('a first ${list.operation} page${list.outputToken ? ` with a ${list.outputToken}` : ''}'))
      .resolves(answerToWrite<${list.operation}CommandOutput>('the last ${list.operation} page'));
    expect(await ${collectorName}.collect(context(mockedApi().api))).toEqual(
      answerToWrite('the entries of both pages'),
    );
  });

  it('fails the slice with the AWS code when ${list.operation} is denied', async () => {
    ${mock}.on(${list.operation}Command).rejects(awsError('AccessDenied', 403));
    await expect(${collectorName}.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDenied',
      operation: ${q(`${service}:${list.operation}`)},
    });
  });
});
`;
}

export function simulatedServiceSource(request) {
  const { service, sdkPackage, sdkNamespace, simulatorName } = request;
  return `import type * as ${sdkNamespace} from ${q(sdkPackage)};
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof ${sdkNamespace}>> = SimulatedAnswer<typeof ${sdkNamespace}, Op>;

/** Simulated ${service}: answered from \`services.${service}\` of each account (state/${service}-state.ts). */
export const ${simulatorName} = {
${simulatedHandlers(request, [request.list.operation, ...request.reads])}} satisfies SimulatedService<typeof ${sdkNamespace}>;
`;
}

/** The fields an answer must name (the SDK types them as required): empty lists, else undefined. */
function emptyAnswer(shape) {
  const fields = shape.requiredOutput.map((member) => `${member.name}: ${member.list ? '[]' : 'undefined'}`);
  return fields.length ? ` ${fields.join(', ')} ` : '';
}

function simulatedHandlers(request, operations) {
  return operations
    .map(
      (
        operation,
      ) => `  /** ${SCAFFOLD_MARKER}: answer from caller.services, as AWS does for ${request.service}; {} is a fresh account. */
  ${operation}: (): Answer<${q(operation)}> => ({${emptyAnswer(request.shapes[operation])}}),
`,
    )
    .join('');
}

export function stateSource(request) {
  const name = `${pascalCase(request.service)}StateSchema`;
  return `import { type Static, Type } from '@sinclair/typebox';

/**
 * ${SCAFFOLD_MARKER}: simulated ${request.service} of one account. Omitted means "as AWS has it for a fresh
 * account"; each field says what omitting it means.
 */
export const ${name} = Type.Object({}, { additionalProperties: false });

export type ${pascalCase(request.service)}State = Static<typeof ${name}>;
`;
}

/**
 * Adds `actions` to the CollectorReadActions list of the member role. Each new action goes before the first
 * listed one that sorts after it; listed actions never move, so the diff shows only the additions.
 */
export function withMemberRoleActions(template, actions) {
  const anchor = '- Sid: CollectorReadActions';
  const start = template.indexOf(anchor);
  if (start < 0) throw new Error('deploy/member-role.yaml: no CollectorReadActions statement');
  const listStart = template.indexOf('Action:\n', start) + 'Action:\n'.length;
  const lines = template.slice(listStart).split('\n');
  const indent = /^(\s*)- /.exec(lines[0])[1];
  let count = 0;
  while (lines[count]?.startsWith(`${indent}- `)) count += 1;
  const listed = lines.slice(0, count).map((line) => line.slice(indent.length + 2));
  for (const action of [...new Set(actions)].sort()) {
    if (listed.includes(action)) continue;
    const after = listed.findIndex((existing) => existing > action);
    listed.splice(after < 0 ? listed.length : after, 0, action);
  }
  return (
    template.slice(0, listStart) +
    [...listed.map((action) => `${indent}- ${action}`), ...lines.slice(count)].join('\n')
  );
}

/** The files `npm run new:collector` writes and edits (paths relative to the repository root). */
export function collectorPlan(request) {
  const { service, slice, scope, typeName, collectorName, collectorFileBase, newService } = request;
  const collectorsDir = 'packages/aws/src/collectors';
  const create = [
    { path: `${collectorsDir}/${collectorFileBase}.ts`, text: collectorSource(request) },
    { path: `${collectorsDir}/${collectorFileBase}.test.ts`, text: collectorTestSource(request) },
  ];
  const edit = [];
  if (request.inventoryFileExists) {
    edit.push({ path: request.inventoryFile, change: (text) => `${text}\n${inventoryTypeSource(request)}` });
  } else {
    create.push({ path: request.inventoryFile, text: inventoryTypeSource(request) });
    edit.push({
      path: 'packages/checks/src/index.ts',
      change: (text) =>
        insertBefore(
          text,
          "export * from './inventory/slices.js';",
          `export type * from './inventory/${service}.js';\n`,
          'index.ts',
        ),
    });
  }
  const sliceInterface =
    scope === 'global' ? 'export interface GlobalSlices {' : 'export interface RegionalSlices {';
  edit.push({
    path: 'packages/checks/src/inventory/slices.ts',
    change: (text) =>
      insertAtEndOf(
        `import type { ${typeName} } from './${service}.js';\n${text}`,
        sliceInterface,
        `  /** ${SCAFFOLD_MARKER}: what the slice holds, and what an empty one means. */\n  '${slice}': readonly ${typeName}[];\n`,
        'slices.ts',
      ).replace(/(\n {2}'[^']+': '(?:global|regional)',\n)(\};)/, `$1  '${slice}': '${scope}',\n$2`),
  });
  const registryObject =
    scope === 'global' ? 'export const globalCollectors' : 'export const regionalCollectors';
  edit.push({
    path: `${collectorsDir}/index.ts`,
    change: (text) => {
      // The registry's loaders are the object literal passed to loadedOnce after its name.
      const start = text.indexOf(registryObject);
      const opening = text.slice(start, text.indexOf('loadedOnce({', start) + 'loadedOnce({'.length);
      return insertAtEndOf(
        text,
        opening,
        `  '${slice}': async () => (await import('./${collectorFileBase}.js')).${collectorName},\n`,
        'collectors/index.ts',
      );
    },
  });
  const actions = [request.list.operation, ...request.reads].map(
    (operation) => `${request.iamPrefix}:${operation}`,
  );
  edit.push({ path: 'deploy/member-role.yaml', change: (text) => withMemberRoleActions(text, actions) });

  if (newService) {
    edit.push({
      path: 'packages/aws/src/transport/aws-services.ts',
      change: (text) =>
        insertBefore(
          text,
          '} as const satisfies Readonly<Record<string, AwsServiceDefinition>>;',
          `  ${service}: {\n    sdkPackage: ${q(request.sdkPackage)},\n    loadClient: async () => (await import(${q(request.sdkPackage)})).${request.clientClass},\n    iamPrefix: ${q(request.iamPrefix)},\n  },\n`,
          'aws-services.ts',
        ),
    });
    create.push({
      path: `packages/aws/src/simulated/services/${service}.ts`,
      text: simulatedServiceSource(request),
    });
    create.push({ path: `packages/aws/src/simulated/state/${service}-state.ts`, text: stateSource(request) });
    edit.push({
      path: 'packages/aws/src/simulated/services/index.ts',
      change: (text) =>
        insertAtEndOf(
          `import { ${request.simulatorName} } from './${service}.js';\n${text}`,
          'export const SIMULATED_SERVICES: { readonly [K in AwsServiceName]: SimulatedHandlers } = {',
          `  ${service}: ${request.simulatorName},\n`,
          'simulated/services/index.ts',
        ),
    });
    const schema = `${pascalCase(service)}StateSchema`;
    edit.push({
      path: 'packages/aws/src/simulated/state/account-services.ts',
      change: (text) =>
        insertAfter(
          `import { ${schema} } from './${service}-state.js';\n${text}`,
          '    governance: Type.Optional(GovernanceStateSchema),\n',
          `    ${service}: Type.Optional(${schema}),\n`,
          'account-services.ts',
        ),
    });
  } else {
    const file = `packages/aws/src/simulated/services/${service}.ts`;
    edit.push({
      path: file,
      change: (text) => {
        const missing = [request.list.operation, ...request.reads].filter(
          (operation) => !text.includes(`  ${operation}: (`),
        );
        if (missing.length === 0) return text;
        return insertBefore(text, '} satisfies SimulatedService<', simulatedHandlers(request, missing), file);
      },
    });
  }
  return { create, edit };
}
