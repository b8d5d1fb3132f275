import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, lambdaFunction } from '../../fixtures/index.js';
import type { LambdaFunction } from '../../inventory/lambda.js';
import {
  lambdaFunctionRuntimeSupported,
  SUPPORTED_LAMBDA_RUNTIMES,
} from './lambda-function-runtime-supported.js';

const REGION = 'eu-west-1';

const withFunctions = (...functions: LambdaFunction[]) =>
  new InventoryBuilder().regional(REGION, 'lambda.functions', functions).build();

describe('lambda-function-runtime-supported', () => {
  it('passes a supported runtime and fails a deprecated one', () => {
    const findings = evaluate(
      lambdaFunctionRuntimeSupported,
      withFunctions(
        lambdaFunction('api', { runtime: 'nodejs22.x' }),
        lambdaFunction('etl', { runtime: 'python3.8' }),
      ),
    );
    expect(findings.map((f) => [f.resourceId.split(':').at(-1), f.status])).toEqual([
      ['api', 'PASS'],
      ['etl', 'FAIL'],
    ]);
    expect(findings[1]).toMatchObject({ evidence: { runtime: 'python3.8' } });
    expect(findings[1]?.message).toContain('python3.8');
  });

  it('does not judge container-image functions; a region with only those passes', () => {
    expect(
      evaluate(
        lambdaFunctionRuntimeSupported,
        withFunctions(lambdaFunction('img', { runtime: null, packageType: 'Image' })),
      ),
    ).toMatchObject([{ status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/eu-west-1' }]);
  });

  it('fails a zip function that reports no runtime (an OS-only runtime such as go1.x is gone too)', () => {
    expect(
      evaluate(lambdaFunctionRuntimeSupported, withFunctions(lambdaFunction('odd', { runtime: null }))),
    ).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR with the AWS code when functions cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError(REGION, 'lambda.functions', 'AccessDeniedException', 'lambda:ListFunctions')
      .build();
    expect(evaluate(lambdaFunctionRuntimeSupported, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });

  it('accepts exactly the runtimes of the FSBP catalog', () => {
    const catalog = JSON.parse(
      readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../catalog/aws-fsbp.json'), 'utf8'),
    ) as { controls: { id: string; fixedParameters: { runtime?: string } }[] };
    const runtimes = catalog.controls.find((control) => control.id === 'Lambda.2')?.fixedParameters.runtime;
    expect(runtimes?.split(',').map((runtime) => runtime.trim())).toEqual(SUPPORTED_LAMBDA_RUNTIMES);
  });
});
