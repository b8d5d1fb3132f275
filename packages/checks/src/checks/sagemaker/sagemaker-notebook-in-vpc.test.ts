import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, sagemakerNotebook } from '../../fixtures/index.js';
import type { SagemakerNotebookInstance } from '../../inventory/sagemaker.js';
import { sagemakerNotebookInVpc } from './sagemaker-notebook-in-vpc.js';

const inRegion = (...notebooks: SagemakerNotebookInstance[]) =>
  evaluate(
    sagemakerNotebookInVpc,
    new InventoryBuilder().regional('us-east-1', 'sagemaker.notebookInstances', notebooks).build(),
  );

describe('sagemaker-notebook-in-vpc', () => {
  it('passes the region when it has no notebook instance', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes instances in a customer subnet and fails those in the service VPC', () => {
    const findings = inRegion(
      sagemakerNotebook('private'),
      sagemakerNotebook('service-vpc', { subnetId: null }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[0]?.message).toBe('Notebook instance private runs in subnet subnet-0a1b2c3d.');
    expect(findings[1]?.message).toBe(
      'Notebook instance service-vpc runs in the SageMaker service VPC, not yours.',
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
    expect(evaluate(sagemakerNotebookInVpc, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
