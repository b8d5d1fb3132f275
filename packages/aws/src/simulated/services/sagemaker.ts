import type * as Sagemaker from '@aws-sdk/client-sagemaker';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedNotebookInstance } from '../state/sagemaker-state.js';
import { boundedPageSize, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Sagemaker>> = SimulatedAnswer<typeof Sagemaker, Op>;

function notebooksOf({ caller, region }: SimulatedRequest): readonly SimulatedNotebookInstance[] {
  return caller.services?.sagemaker?.regions?.[region]?.notebookInstances ?? [];
}

function notebookArn({ caller, region }: SimulatedRequest, name: string): string {
  return `arn:aws:sagemaker:${region}:${caller.id}:notebook-instance/${name.toLowerCase()}`;
}

/** Simulated SageMaker: the notebook instances of each region (`services.sagemaker.regions.<region>`). */
export const simulatedSagemaker = {
  ListNotebookInstances: (request): Answer<'ListNotebookInstances'> => {
    const size = boundedPageSize(request.input.MaxResults, 10, 1, 100, 'MaxResults');
    const { items, next } = page(notebooksOf(request), request.input.NextToken, size);
    return {
      NotebookInstances: items.map((notebook) => ({
        NotebookInstanceName: notebook.name,
        NotebookInstanceArn: notebookArn(request, notebook.name),
        NotebookInstanceStatus: 'InService',
        InstanceType: 'ml.t3.medium',
        CreationTime: request.now,
        LastModifiedTime: request.now,
      })),
      ...(next ? { NextToken: next } : {}),
    };
  },
  DescribeNotebookInstance: (request): Answer<'DescribeNotebookInstance'> => {
    const name = requiredParameter(request.input.NotebookInstanceName, 'NotebookInstanceName');
    const notebook = notebooksOf(request).find((candidate) => candidate.name === name);
    if (!notebook) throw simulatedError('ValidationException', 'RecordNotFound', 400);
    return {
      NotebookInstanceName: notebook.name,
      NotebookInstanceArn: notebookArn(request, notebook.name),
      NotebookInstanceStatus: 'InService',
      InstanceType: 'ml.t3.medium',
      RoleArn: `arn:aws:iam::${request.caller.id}:role/sagemaker-${notebook.name}`,
      DirectInternetAccess: notebook.directInternetAccess ?? 'Enabled',
      RootAccess: notebook.rootAccess ?? 'Enabled',
      PlatformIdentifier: notebook.platformIdentifier ?? 'notebook-al2023-v1',
      ...(notebook.subnetId ? { SubnetId: notebook.subnetId, SecurityGroups: ['sg-0a1b2c3d4e5f60001'] } : {}),
      CreationTime: request.now,
      LastModifiedTime: request.now,
    };
  },
} satisfies SimulatedService<typeof Sagemaker>;
