import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeSagemakerNotebooks } from './sagemaker-notebook-results.js';

/** FSBP SageMaker.1: FAIL when the notebook instance's DirectInternetAccess is Enabled. */
export const sagemakerNotebookNoDirectInternetAccess = defineCheck({
  id: 'sagemaker-notebook-no-direct-internet-access',
  title: 'SageMaker notebook instances have no direct internet access',
  service: 'sagemaker',
  severity: 'high',
  scope: 'regional',
  requires: ['sagemaker.notebookInstances'],
  compliance: { 'aws-fsbp': ['SageMaker.1'] },
  remediation: {
    text: 'Recreate the notebook instance in a VPC subnet with direct internet access disabled (the setting cannot be changed in place); reach the internet through the VPC if needed.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role> --subnet-id <subnet> --security-group-ids <sg> --direct-internet-access Disabled',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  },
  evaluate: (ctx) =>
    judgeSagemakerNotebooks(ctx, (notebook, settings, resource) =>
      settings.directInternetAccess
        ? fail(resource, `Notebook instance ${notebook.name} has direct internet access.`)
        : pass(resource, `Notebook instance ${notebook.name} has no direct internet access.`),
    ),
});
