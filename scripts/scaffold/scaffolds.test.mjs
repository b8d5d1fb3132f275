import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan, checkRequest, checkTestSource, readSliceScopes } from './check-scaffold.mjs';
import { collectorPlan, collectorRequest, withMemberRoleActions } from './collector-scaffold.mjs';
import { applyPlan, REPO_ROOT } from './source-edit.mjs';

const read = (path) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** The plan's files as they would be written, without touching the repository. */
function planned(plan) {
  return Object.fromEntries([
    ...plan.create.map((file) => [file.path, file.text]),
    ...plan.edit.map((edit) => [edit.path, edit.change(read(edit.path))]),
  ]);
}

describe('npm run new:check', () => {
  const scopes = readSliceScopes(REPO_ROOT);
  const request = checkRequest(
    {
      id: 'sqs-queue-example-checked',
      slices: ['sqs.queues', 's3control.publicAccessBlock'],
      scope: 'global',
      severity: 'medium',
      title: 'An example',
      cis: ['3.1.4'],
      fsbp: ['SQS.3'],
    },
    scopes,
  );

  it('reads the slice scopes from SLICE_SCOPE', () => {
    expect(scopes['sqs.queues']).toBe('regional');
    expect(scopes['s3.buckets']).toBe('global');
    expect(Object.keys(scopes).length).toBeGreaterThan(30);
  });

  it('refuses what would not be a valid check', () => {
    const base = {
      id: 'sqs-queue-x',
      slices: ['sqs.queues'],
      scope: 'regional',
      severity: 'low',
      title: 't',
    };
    expect(() => checkRequest({ ...base, id: 'NotKebab' }, scopes)).toThrow(/kebab-case/);
    expect(() => checkRequest({ ...base, slices: ['sqs.nothing'] }, scopes)).toThrow(/unknown slice/);
    expect(() => checkRequest({ ...base, slices: ['s3.buckets'] }, scopes)).toThrow(/regional check/);
    expect(() => checkRequest({ ...base, severity: 'urgent' }, scopes)).toThrow(/severity/);
    expect(() => checkRequest({ ...base, fsbp: ['S3-1'] }, scopes)).toThrow(/FSBP control id/);
  });

  it('writes the check and its test, and registers the check', () => {
    const files = planned(checkPlan(request));
    const check = files['packages/checks/src/checks/sqs/sqs-queue-example-checked.ts'];
    expect(check).toContain("id: 'sqs-queue-example-checked'");
    expect(check).toContain("requires: ['sqs.queues', 's3control.publicAccessBlock']");
    expect(check).toContain("compliance: { 'cis-aws-7.0.0': ['3.1.4'], 'aws-fsbp': ['SQS.3'] }");
    expect(check).toContain("throw new NotEvaluableError(\n    'NotWrittenYet'");
    const registry = files['packages/checks/src/registry.ts'];
    expect(registry).toContain(
      "import { sqsQueueExampleChecked } from './checks/sqs/sqs-queue-example-checked.js';",
    );
    expect(registry).toMatch(/ {2}sqsQueueExampleChecked,\n\];/);
  });

  it('writes a test that fails until its fixtures are written: PASS, one FAIL per slice, ERROR', () => {
    const test = checkTestSource(request);
    expect(test.match(/fixtureToWrite\(/g)).toHaveLength(4);
    expect(test).toContain("{ status: 'PASS' }");
    expect(test.match(/\{ status: 'FAIL' \}/g)).toHaveLength(2);
    expect(test).toContain(".regionalError(REGION, 'sqs.queues', 'AccessDenied'");
    expect(test).toContain("{ status: 'ERROR', errorCode: 'AccessDenied' }");
  });
});

describe('npm run new:collector', () => {
  it('adds a slice of a service orgscan calls: slice type and scope, collector, test, simulator, deploy', () => {
    const request = collectorRequest(REPO_ROOT, {
      service: 'sqs',
      slice: 'sqs.deadLetterQueues',
      scope: 'regional',
      list: 'ListQueues',
      reads: ['ListDeadLetterSourceQueues'],
    });
    expect(request.newService).toBe(false);
    expect(request.list).toMatchObject({
      inputToken: 'NextToken',
      outputToken: 'NextToken',
      listField: 'QueueUrls',
    });
    const files = planned(collectorPlan(request));
    const collector = files['packages/aws/src/collectors/sqs-dead-letter-queues.ts'];
    expect(collector).toContain('new ListQueuesCommand({ NextToken: token })');
    expect(collector).toContain('items: (page) => page.QueueUrls');
    expect(files['packages/aws/src/collectors/sqs-dead-letter-queues.test.ts']).toContain(
      'mockClient(SQSClient)',
    );
    expect(files['packages/checks/src/inventory/sqs.ts']).toContain('export interface SqsDeadLetterQueue {');
    const slices = files['packages/checks/src/inventory/slices.ts'];
    expect(slices).toMatch(/'sqs\.deadLetterQueues': readonly SqsDeadLetterQueue\[\];\n\}/);
    expect(slices).toMatch(/'sqs\.deadLetterQueues': 'regional',\n\};/);
    expect(files['packages/aws/src/collectors/index.ts']).toContain(
      "'sqs.deadLetterQueues': async () => (await import('./sqs-dead-letter-queues.js')).sqsDeadLetterQueuesCollector,\n});",
    );
    expect(files['packages/aws/src/simulated/services/sqs.ts']).toContain(
      "ListDeadLetterSourceQueues: (): Answer<'ListDeadLetterSourceQueues'> => ({ queueUrls: [] }),",
    );
    expect(files['deploy/member-role.yaml']).toContain(
      '- sqs:GetQueueAttributes\n                  - sqs:ListDeadLetterSourceQueues\n                  - sqs:ListQueues\n',
    );
    expect(files['packages/aws/src/transport/aws-services.ts']).toBeUndefined();
  });

  it('registers a new service: client loader and IAM prefix, simulated service and state stubs', () => {
    // A service name the registry does not have, on an installed SDK package.
    const request = collectorRequest(REPO_ROOT, {
      service: 'queues',
      slice: 'queues.items',
      scope: 'regional',
      list: 'ListQueues',
      sdkPackage: '@aws-sdk/client-sqs',
      iamPrefix: 'sqs',
    });
    expect(request).toMatchObject({ newService: true, clientClass: 'SQSClient', typeName: 'QueuesItem' });
    const files = planned(collectorPlan(request));
    expect(files['packages/aws/src/transport/aws-services.ts']).toContain(
      "  queues: {\n    sdkPackage: '@aws-sdk/client-sqs',\n    loadClient: async () => (await import('@aws-sdk/client-sqs')).SQSClient,\n    iamPrefix: 'sqs',\n  },\n} as const satisfies",
    );
    expect(files['packages/aws/src/simulated/services/queues.ts']).toContain(
      'export const simulatedQueues = {\n',
    );
    expect(files['packages/aws/src/simulated/services/index.ts']).toContain('  queues: simulatedQueues,\n};');
    expect(files['packages/aws/src/simulated/state/queues-state.ts']).toContain(
      'export const QueuesStateSchema',
    );
    expect(files['packages/aws/src/simulated/state/account-services.ts']).toContain(
      'queues: Type.Optional(QueuesStateSchema),',
    );
    expect(files['packages/checks/src/index.ts']).toContain("export type * from './inventory/queues.js';");
  });

  it('refuses an operation the SDK package does not have, and a list operation that answers no list', () => {
    const base = { service: 'sqs', slice: 'sqs.other', scope: 'regional' };
    expect(() => collectorRequest(REPO_ROOT, { ...base, list: 'ListQueuez' })).toThrow(
      /no operation ListQueuez/,
    );
    expect(() => collectorRequest(REPO_ROOT, { ...base, list: 'GetQueueUrl' })).toThrow(/answers no list/);
    expect(() =>
      collectorRequest(REPO_ROOT, { ...base, service: 'nosuch', slice: 'nosuch.things', list: 'ListThings' }),
    ).toThrow(/--sdk-package/);
  });

  it('inserts new actions in order without moving the listed ones', () => {
    const template =
      'x:\n  - Sid: CollectorReadActions\n    Action:\n      - z:Get\n      - b:List\n      - a:List\n\nOutputs:\n';
    expect(withMemberRoleActions(template, ['c:Describe', 'a:List'])).toBe(
      'x:\n  - Sid: CollectorReadActions\n    Action:\n      - c:Describe\n      - z:Get\n      - b:List\n      - a:List\n\nOutputs:\n',
    );
  });

  it('lists the deployed member role actions in order, so the scaffold inserts where a reader looks', () => {
    const template = read('deploy/member-role.yaml');
    const list = template.slice(template.indexOf('- Sid: CollectorReadActions'));
    const actions = [...list.matchAll(/^ {18}- (\S+)$/gm)].map((match) => match[1]);
    expect(actions.length).toBeGreaterThan(50);
    expect(actions).toEqual([...actions].sort());
  });

  it('keeps the member role action list sorted', () => {
    const template =
      'x:\n  - Sid: CollectorReadActions\n    Action:\n      - b:Get\n      - d:List\n\nOutputs:\n';
    expect(withMemberRoleActions(template, ['c:Describe', 'a:List'])).toBe(
      'x:\n  - Sid: CollectorReadActions\n    Action:\n      - a:List\n      - b:Get\n      - c:Describe\n      - d:List\n\nOutputs:\n',
    );
  });
});

describe('applyPlan', () => {
  it('creates the folder of a new file (the first check of a service)', () => {
    const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
    const written = applyPlan(
      { create: [{ path: 'packages/checks/src/checks/newservice/a.txt', text: 'a' }], edit: [] },
      { root, format: false },
    );
    expect(written).toEqual(['packages/checks/src/checks/newservice/a.txt']);
    expect(existsSync(join(root, 'packages/checks/src/checks/newservice/a.txt'))).toBe(true);
  });
});
