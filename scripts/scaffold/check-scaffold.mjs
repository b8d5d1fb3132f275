// What `npm run new:check` writes: the check, its test with fixture builders, the registry entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { camelCase, insertAtEndOf, insertBefore, SCAFFOLD_MARKER } from './source-edit.mjs';

/** Slice name → 'global' | 'regional', read from SLICE_SCOPE in packages/checks (no build needed). */
export function readSliceScopes(root) {
  const text = readFileSync(join(root, 'packages/checks/src/inventory/slices.ts'), 'utf8');
  const table = text.slice(text.indexOf('export const SLICE_SCOPE'));
  return Object.fromEntries(
    [...table.matchAll(/'([a-z0-9]+\.[A-Za-z0-9]+)': '(global|regional)'/g)].map((match) => [
      match[1],
      match[2],
    ]),
  );
}

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'];

/**
 * Validates the request: `id` is `<service>-<resource>-<expected>`, every slice is known with the scope the
 * check has (a regional check reads regional slices; a global check may read both).
 */
export function checkRequest(
  { id, slices, scope, severity, title, cis = [], checklist = [], fsbp = [] },
  sliceScopes,
) {
  if (!/^[a-z0-9]+(-[a-z0-9]+){2,}$/.test(id ?? '')) {
    throw new Error(`check id must be kebab-case <service>-<resource>-<expected>, got ${JSON.stringify(id)}`);
  }
  if (!slices?.length) throw new Error('give at least one --slice the check reads');
  for (const slice of slices) {
    if (!sliceScopes[slice]) throw new Error(`unknown slice ${slice} (add it first: npm run new:collector)`);
    if (scope === 'regional' && sliceScopes[slice] !== 'regional') {
      throw new Error(`a regional check reads regional slices; ${slice} is global`);
    }
  }
  if (scope !== 'global' && scope !== 'regional') throw new Error('--scope is global or regional');
  if (!SEVERITIES.includes(severity)) throw new Error(`--severity is one of ${SEVERITIES.join(', ')}`);
  if (!title) throw new Error('--title is required');
  for (const control of fsbp) {
    // AWS's control ids: <Service>.<number>, e.g. S3.1, EC2.2, Account.1.
    if (!/^[A-Za-z0-9]+\.[0-9]+$/.test(control))
      throw new Error(`--fsbp takes an FSBP control id like S3.1, got ${control}`);
  }
  return {
    id,
    service: id.split('-')[0],
    exportName: camelCase(id),
    slices,
    sliceScopes: Object.fromEntries(slices.map((slice) => [slice, sliceScopes[slice]])),
    scope,
    severity,
    title,
    compliance: {
      ...(cis.length ? { 'cis-aws-7.0.0': cis } : {}),
      ...(checklist.length ? { 'account-checklist': checklist } : {}),
      ...(fsbp.length ? { 'aws-fsbp': fsbp } : {}),
    },
  };
}

const q = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const variable = (slice) => camelCase(slice.split('.').slice(1).join('-'));

export function checkSource(request) {
  const { id, service, exportName, slices, scope, severity, title, compliance } = request;
  const parameters = slices.map((slice) => `readonly ${variable(slice)}: SliceValue<${q(slice)}>`).join('; ');
  const compliancePairs = Object.entries(compliance)
    .map(([framework, ids]) => `${q(framework)}: [${ids.map(q).join(', ')}]`)
    .join(', ');
  return `import type { SliceValue } from '../../inventory/slices.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { NotEvaluableError } from '../../model/not-evaluable.js';

/** ${SCAFFOLD_MARKER}: whether the ${scope === 'global' ? 'account' : 'region'} complies, from the slices the check requires. */
function compliant(slices: { ${parameters} }): boolean {
  throw new NotEvaluableError(
    'NotWrittenYet',
    \`${id}: write compliant() to decide from \${Object.keys(slices).join(', ')} (docs/adding-a-check.md)\`,
  );
}

/** ${SCAFFOLD_MARKER}: what the check decides and why (the control it implements, what PASS needs). */
export const ${exportName} = defineCheck({
  id: ${q(id)},
  title: ${q(title)},
  service: ${q(service)},
  severity: ${q(severity)},
  scope: ${q(scope)},
  requires: [${slices.map(q).join(', ')}],
  compliance: { ${compliancePairs} },
  remediation: {
    text: '${SCAFFOLD_MARKER}: the fix, in one or two sentences.',
    cli: '${SCAFFOLD_MARKER}: the AWS CLI command that fixes it',
    url: 'https://docs.aws.amazon.com/',
  },
  evaluate(ctx) {
    // ctx.slice() ends the evaluation as ERROR, with the AWS code, when the slice could not be read.
    const slices = {
${slices.map((slice) => `      ${variable(slice)}: ctx.slice(${q(slice)}),`).join('\n')}
    };
    return compliant(slices)
      ? [pass(ctx.scopeResource, '${SCAFFOLD_MARKER}: why it passes.')]
      : [fail(ctx.scopeResource, '${SCAFFOLD_MARKER}: what is wrong, and where.')];
  },
});
`;
}

export function checkTestSource(request) {
  const { id, exportName, slices, scope, sliceScopes } = request;
  const builderLine = (slice, value) =>
    sliceScopes[slice] === 'global'
      ? `.global(${q(slice)}, ${value})`
      : `.regional(REGION, ${q(slice)}, ${value})`;
  const errorLine = (slice) =>
    sliceScopes[slice] === 'global'
      ? `.globalError(${q(slice)}, 'AccessDenied', ${q(`${slice.split('.')[0]}:Operation`)})`
      : `.regionalError(REGION, ${q(slice)}, 'AccessDenied', ${q(`${slice.split('.')[0]}:Operation`)})`;
  const fixtures = (kind) =>
    slices
      .map(
        (slice) =>
          `  ${q(slice)}: (): SliceValue<${q(slice)}> => fixtureToWrite(${q(`a ${kind} ${slice}`)}),`,
      )
      .join('\n');
  const valuesType = slices.map((slice) => `readonly ${q(slice)}: SliceValue<${q(slice)}>`).join('; ');
  const needsRegion = slices.some((slice) => sliceScopes[slice] === 'regional');
  const firstSlice = slices[0];
  return `import { describe, expect, it } from 'vitest';
import { evaluate, fixtureToWrite, InventoryBuilder } from '../../fixtures/index.js';
import type { SliceValue } from '../../inventory/slices.js';
import { ${exportName} } from './${id}.js';
${needsRegion ? "\nconst REGION = 'eu-west-1';\n" : ''}
// Fixture builders: one value per required slice that the check must PASS, and one it must FAIL.
const passing = {
${fixtures('passing')}
};
const failing = {
${fixtures('failing')}
};

type Values = { ${valuesType} };

function inventory(values: Values, unreadable?: keyof Values) {
  const builder = new InventoryBuilder();
${slices
  .map(
    (slice) =>
      `  if (unreadable === ${q(slice)}) builder${errorLine(slice)};\n  else builder${builderLine(slice, `values[${q(slice)}]`)};`,
  )
  .join('\n')}
  return builder.build();
}

const allPassing = (): Values => ({
${slices.map((slice) => `  ${q(slice)}: passing[${q(slice)}](),`).join('\n')}
});

describe(${q(id)}, () => {
  it('passes when ${SCAFFOLD_MARKER}: the compliant case', () => {
    expect(evaluate(${exportName}, inventory(allPassing()))).toMatchObject([{ status: 'PASS' }]);
  });

${slices
  .map(
    (slice) => `  it('fails when ${SCAFFOLD_MARKER}: ${slice} is not compliant', () => {
    const values = { ...allPassing(), ${q(slice)}: failing[${q(slice)}]() };
    expect(evaluate(${exportName}, inventory(values))).toMatchObject([{ status: 'FAIL' }]);
  });`,
  )
  .join('\n\n')}

  it('is an ERROR with the AWS code when ${firstSlice} cannot be read', () => {
    expect(evaluate(${exportName}, inventory(allPassing(), ${q(firstSlice)}))).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
${scope === 'regional' ? '' : ''}`;
}

/** The files `npm run new:check` writes and edits (paths relative to the repository root). */
export function checkPlan(request) {
  const dir = `packages/checks/src/checks/${request.service}`;
  return {
    create: [
      { path: `${dir}/${request.id}.ts`, text: checkSource(request) },
      { path: `${dir}/${request.id}.test.ts`, text: checkTestSource(request) },
    ],
    edit: [
      {
        path: 'packages/checks/src/registry.ts',
        change: (text) =>
          insertAtEndOf(
            insertBefore(
              text,
              "import type { CheckDefinition } from './model/check-definition.js';",
              `import { ${request.exportName} } from './checks/${request.service}/${request.id}.js';\n`,
              'registry.ts',
            ),
            'export const checks: readonly CheckDefinition[] = [',
            `  ${request.exportName},\n`,
            'registry.ts',
          ),
      },
    ],
  };
}
