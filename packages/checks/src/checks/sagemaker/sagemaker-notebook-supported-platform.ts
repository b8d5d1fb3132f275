import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { judgeSagemakerNotebooks } from './sagemaker-notebook-results.js';

/** The platforms AWS's evaluation accepts (its fixed supportedPlatformIdentifierVersions). */
const SUPPORTED_PLATFORMS: readonly string[] = ['notebook-al2023-v1'];

/** FSBP SageMaker.8: FAIL when the notebook instance's PlatformIdentifier is not a supported platform. */
export const sagemakerNotebookSupportedPlatform = defineCheck({
  id: 'sagemaker-notebook-supported-platform',
  title: 'SageMaker notebook instances run on a supported platform',
  service: 'sagemaker',
  severity: 'medium',
  scope: 'regional',
  requires: ['sagemaker.notebookInstances'],
  compliance: { 'aws-fsbp': ['SageMaker.8'] },
  remediation: {
    text: 'Move the notebook to a new instance on a supported platform (Amazon Linux 2023); the platform cannot be changed in place.',
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type <type> --role-arn <role> --platform-identifier notebook-al2023-v1',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html',
  },
  evaluate: (ctx) =>
    judgeSagemakerNotebooks(ctx, (notebook, { platformIdentifier }, resource) =>
      platformIdentifier !== null && SUPPORTED_PLATFORMS.includes(platformIdentifier)
        ? pass(resource, `Notebook instance ${notebook.name} runs on ${platformIdentifier}.`, {
            platformIdentifier,
          })
        : fail(
            resource,
            `Notebook instance ${notebook.name} runs on ${platformIdentifier ?? 'an unknown platform'}, which is not supported.`,
            { platformIdentifier },
          ),
    ),
});
