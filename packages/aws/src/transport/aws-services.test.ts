import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AWS_SERVICES, type AwsServiceName, GLOBAL_SERVICES, iamActionOf } from './aws-services.js';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('AWS service registry', () => {
  it('loads each client from the package it declares', async () => {
    for (const [name, service] of Object.entries(AWS_SERVICES)) {
      const sdk: Record<string, unknown> = await import(service.sdkPackage);
      const client = await service.loadClient();
      expect(Object.values(sdk), name).toContain(client);
      expect((client as { name: string }).name, name).toMatch(/Client$/);
    }
  });

  it('names IAM actions after the operation unless an exception is declared', () => {
    expect(iamActionOf('iam', 'GetAccountSummary')).toBe('iam:GetAccountSummary');
    expect(iamActionOf('efs', 'DescribeFileSystems')).toBe('elasticfilesystem:DescribeFileSystems');
    expect(iamActionOf('s3', 'ListBuckets')).toBe('s3:ListAllMyBuckets');
    expect(iamActionOf('s3control', 'GetPublicAccessBlock')).toBe('s3:GetAccountPublicAccessBlock');
  });

  it('knows the global services', () => {
    expect([...GLOBAL_SERVICES].sort()).toEqual<AwsServiceName[]>([
      'account',
      'cloudfront',
      'iam',
      'organizations',
    ]);
  });

  it('keeps nothing a scaffold left to write (npm run new:collector marks it SCAFFOLD)', () => {
    for (const file of sourceFiles(srcDir)) {
      expect(readFileSync(file, 'utf8'), relative(srcDir, file)).not.toContain('SCAFFOLD');
    }
  });

  it('loads SDK code only in collectors (themselves loaded on first use) and in functions that call AWS', () => {
    // A static value import of an SDK package would load it for every importer of @orgscan/aws.
    for (const file of sourceFiles(srcDir)) {
      const where = relative(srcDir, file);
      if (where.startsWith('collectors/')) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, where).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'@aws-sdk\//m);
    }
    const collectorIndex = readFileSync(join(srcDir, 'collectors/index.ts'), 'utf8');
    expect(collectorIndex).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'\.\/(?!collector\.js)/m);
  });
});
