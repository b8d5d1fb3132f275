import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  AWS_SERVICES,
  type AwsServiceName,
  iamActionOf,
} from '../packages/aws/src/transport/aws-services.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const awsSrc = join(root, 'packages/aws/src');

/** The registry's service of each SDK client package: IAM prefixes and action-name exceptions live there. */
const SERVICE_OF_PACKAGE = new Map(
  (Object.keys(AWS_SERVICES) as AwsServiceName[]).map((service) => [
    AWS_SERVICES[service].sdkPackage,
    service,
  ]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'simulated' || entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Commands taken from an SDK package: `import { … } from '…'` or, loaded on first use, `const { … } = await import('…')`. */
const SDK_IMPORT =
  /(?:import\s*\{([^}]*)\}\s*from\s*|const\s*\{([^}]*)\}\s*=\s*await\s+import\()\s*'(@aws-sdk\/client-[a-z0-9-]+)'/g;

/** The IAM actions the code in `files` calls: every `new XCommand(` of a command taken from an SDK package. */
function actionsCalledIn(files: string[]): Set<string> {
  const actions = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(SDK_IMPORT)) {
      const sdkPackage = match[3]!;
      const service = SERVICE_OF_PACKAGE.get(sdkPackage as never);
      expect(
        service,
        `${sdkPackage} is not a service of the registry (transport/aws-services.ts)`,
      ).toBeDefined();
      const imported = (match[1] ?? match[2]!)
        .split(',')
        .map((name) => name.replace(/^\s*type\s+/, '').trim());
      for (const name of imported) {
        if (!name.endsWith('Command') || !text.includes(`new ${name}(`)) continue;
        actions.add(iamActionOf(service!, name.slice(0, -'Command'.length)));
      }
    }
  }
  return actions;
}

interface Statement {
  Effect: string;
  Action: string | string[];
}

function allowedActions(statements: unknown[]): Set<string> {
  const allowed = new Set<string>();
  for (const statement of statements as Statement[]) {
    if (statement.Effect !== 'Allow') continue;
    for (const action of [statement.Action].flat()) allowed.add(action);
  }
  return allowed;
}

describe('deploy templates allow exactly what orgscan calls', () => {
  const memberActions = actionsCalledIn([
    ...sourceFiles(join(awsSrc, 'collectors')),
    join(awsSrc, 'regions.ts'),
  ]);
  const scannerActions = actionsCalledIn([
    join(awsSrc, 'organization.ts'),
    join(awsSrc, 'organization-tags.ts'),
    join(awsSrc, 'assume-role.ts'),
  ]);

  it('finds the calls of the collectors', () => {
    expect(memberActions.has('iam:GetCredentialReport')).toBe(true);
    expect(memberActions.has('ec2:DescribeRegions')).toBe(true);
    expect(memberActions.has('s3:GetAccountPublicAccessBlock')).toBe(true);
    expect(scannerActions.has('organizations:ListAccounts')).toBe(true);
    expect(scannerActions.has('sts:AssumeRole')).toBe(true);
  });

  it('member role: read-only managed policies plus every action a collector calls', () => {
    const template = parse(readFileSync(join(root, 'deploy/member-role.yaml'), 'utf8'));
    const role = template.Resources.ScanningRole.Properties;
    const managed = role.ManagedPolicyArns.map((arn: { 'Fn::Sub': string }) => arn['Fn::Sub']);
    expect(managed).toEqual([
      'arn:${AWS::Partition}:iam::aws:policy/SecurityAudit',
      'arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess',
    ]);
    const allowed = allowedActions(
      role.Policies.flatMap(
        (policy: { PolicyDocument: { Statement: unknown[] } }) => policy.PolicyDocument.Statement,
      ),
    );
    const missing = [...memberActions].filter((action) => !allowed.has(action)).sort();
    expect(missing, 'collectors call actions the member role does not allow').toEqual([]);
    const unused = [...allowed].filter((action) => !memberActions.has(action)).sort();
    expect(unused, 'the member role allows actions no collector calls').toEqual([]);
    for (const action of allowed)
      expect(action).toMatch(/^[a-z0-9-]+:(Describe|Get|BatchGet|List|Generate)[A-Za-z]*$/);
  });

  it('member role trusts only the scanner principal, with the ExternalId', () => {
    const template = parse(readFileSync(join(root, 'deploy/member-role.yaml'), 'utf8'));
    const [trust] = template.Resources.ScanningRole.Properties.AssumeRolePolicyDocument.Statement;
    expect(trust).toEqual({
      Sid: 'OrgScanScanner',
      Effect: 'Allow',
      Principal: { AWS: { Ref: 'ScannerPrincipalArn' } },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } },
    });
    expect(template.Parameters.ExternalId.NoEcho).toBe(true);
  });

  it('scanner permissions: exactly the Organizations reads orgscan makes, and AssumeRole on the member role', () => {
    const template = parse(readFileSync(join(root, 'deploy/scanner-permissions.yaml'), 'utf8'));
    const statements = template.Resources.ScannerPolicy.Properties.PolicyDocument.Statement.filter(
      (statement: { Effect?: string }) => statement.Effect === 'Allow',
    );
    const allowed = allowedActions(statements);
    const missing = [...scannerActions].filter((action) => !allowed.has(action)).sort();
    expect(missing, 'orgscan calls actions the scanner policy does not allow').toEqual([]);
    const unused = [...allowed].filter((action) => !scannerActions.has(action)).sort();
    expect(unused, 'the scanner policy allows actions orgscan does not call').toEqual([]);
    const assume = statements.find(
      (statement: { Sid: string }) => statement.Sid === 'AssumeMemberScanningRole',
    );
    expect(assume.Resource).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${MemberRoleName}' });
  });
});
