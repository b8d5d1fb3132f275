import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeSagemakerNotebooks } from './sagemaker-notebook-results.js';

/** FSBP SageMaker.2: PASS needs a subnet of a customer VPC (else it runs in the SageMaker service VPC). */
export const sagemakerNotebookInVpc = defineCheck({
  id: 'sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instances run in a customer VPC',
  service: 'sagemaker',
  severity: 'high',
  scope: 'regional',
  requires: ['sagemaker.notebookInstances'],
  compliance: { 'aws-fsbp': ['SageMaker.2'] },
  remediation: {
    text: 'Recreate the notebook instance in a subnet of your VPC (the subnet cannot be changed in place).',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role> --subnet-id <subnet> --security-group-ids <sg>',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html',
  },
  evaluate: (ctx) =>
    judgeSagemakerNotebooks(ctx, (notebook, settings, resource) =>
      settings.subnetId
        ? pass(resource, `Notebook instance ${notebook.name} runs in subnet ${settings.subnetId}.`, {
            subnetId: settings.subnetId,
          })
        : fail(resource, `Notebook instance ${notebook.name} runs in the SageMaker service VPC, not yours.`),
    ),
});
