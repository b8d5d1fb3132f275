import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeSagemakerNotebooks } from './sagemaker-notebook-results.js';

/** FSBP SageMaker.3: FAIL when the notebook instance's RootAccess is Enabled. */
export const sagemakerNotebookRootAccessDisabled = defineCheck({
  id: 'sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instances do not give users root access',
  service: 'sagemaker',
  severity: 'high',
  scope: 'regional',
  requires: ['sagemaker.notebookInstances'],
  compliance: { 'aws-fsbp': ['SageMaker.3'] },
  remediation: {
    text: 'Stop the notebook instance, disable root access, then start it again.',
    cli: 'aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
  },
  evaluate: (ctx) =>
    judgeSagemakerNotebooks(ctx, (notebook, settings, resource) =>
      settings.rootAccess
        ? fail(resource, `Notebook instance ${notebook.name} gives its users root access.`)
        : pass(resource, `Notebook instance ${notebook.name} does not give its users root access.`),
    ),
});
