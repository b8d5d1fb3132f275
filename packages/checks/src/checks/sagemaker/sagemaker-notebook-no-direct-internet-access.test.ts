import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, sagemakerNotebook } from '../../fixtures/index.js';
import type { SagemakerNotebookInstance } from '../../inventory/sagemaker.js';
import { sagemakerNotebookNoDirectInternetAccess } from './sagemaker-notebook-no-direct-internet-access.js';

const inRegion = (...notebooks: SagemakerNotebookInstance[]) =>
  evaluate(
    sagemakerNotebookNoDirectInternetAccess,
    new InventoryBuilder().regional('us-east-1', 'sagemaker.notebookInstances', notebooks).build(),
  );

describe('sagemaker-notebook-no-direct-internet-access', () => {
  it('passes the region when it has no notebook instance', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes instances without direct internet access and fails those with', () => {
    const findings = inRegion(
      sagemakerNotebook('private'),
      sagemakerNotebook('open', { directInternetAccess: true }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]?.message).toBe('Notebook instance open has direct internet access.');
    expect(findings[1]?.resourceId).toBe('arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/open');
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
    expect(evaluate(sagemakerNotebookNoDirectInternetAccess, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
