import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, sagemakerNotebook } from '../../fixtures/index.js';
import type { SagemakerNotebookInstance } from '../../inventory/sagemaker.js';
import { sagemakerNotebookSupportedPlatform } from './sagemaker-notebook-supported-platform.js';

const inRegion = (...notebooks: SagemakerNotebookInstance[]) =>
  evaluate(
    sagemakerNotebookSupportedPlatform,
    new InventoryBuilder().regional('us-east-1', 'sagemaker.notebookInstances', notebooks).build(),
  );

describe('sagemaker-notebook-supported-platform', () => {
  it('passes the region when it has no notebook instance', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes notebook-al2023-v1 and fails older or unknown platforms', () => {
    const findings = inRegion(
      sagemakerNotebook('current'),
      sagemakerNotebook('al2', { platformIdentifier: 'notebook-al2-v2' }),
      sagemakerNotebook('unknown', { platformIdentifier: null }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL', 'FAIL']);
    expect(findings[1]?.message).toBe(
      'Notebook instance al2 runs on notebook-al2-v2, which is not supported.',
    );
  });

  it('is an ERROR with the AWS code for an instance that cannot be described, and for an unreadable list', () => {
    expect(
      inRegion({
        ...sagemakerNotebook('locked'),
        settings: readFailed('AccessDeniedException', 'sagemaker:DescribeNotebookInstance'),
      }),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsSageMakerNotebookInstance' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError(
        'us-east-1',
        'sagemaker.notebookInstances',
        'AccessDeniedException',
        'sagemaker:ListNotebookInstances',
      )
      .build();
    expect(evaluate(sagemakerNotebookSupportedPlatform, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
