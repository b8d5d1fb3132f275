import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, sagemakerNotebook } from '../../fixtures/index.js';
import type { SagemakerNotebookInstance } from '../../inventory/sagemaker.js';
import { sagemakerNotebookRootAccessDisabled } from './sagemaker-notebook-root-access-disabled.js';

const inRegion = (...notebooks: SagemakerNotebookInstance[]) =>
  evaluate(
    sagemakerNotebookRootAccessDisabled,
    new InventoryBuilder().regional('us-east-1', 'sagemaker.notebookInstances', notebooks).build(),
  );

describe('sagemaker-notebook-root-access-disabled', () => {
  it('passes the region when it has no notebook instance', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes instances without root access and fails those with', () => {
    const findings = inRegion(
      sagemakerNotebook('locked-down'),
      sagemakerNotebook('rooted', { rootAccess: true }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]?.message).toBe('Notebook instance rooted gives its users root access.');
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
    expect(evaluate(sagemakerNotebookRootAccessDisabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
