import { unreadableField } from '../../inventory/read-result.js';
import type { SagemakerNotebookInstance, SagemakerNotebookSettings } from '../../inventory/sagemaker.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { type CheckResult, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

export function sagemakerNotebookResource(notebook: SagemakerNotebookInstance): ResourceRef {
  return { id: notebook.arn, type: 'AwsSageMakerNotebookInstance' };
}

/**
 * The results of a check judging each notebook instance of the region: one PASS for a region without
 * notebook instances, an ERROR with the AWS code for one that could not be described, else `judge`.
 */
export function judgeSagemakerNotebooks(
  ctx: EvaluationContext,
  judge: (
    notebook: SagemakerNotebookInstance,
    settings: SagemakerNotebookSettings,
    resource: ResourceRef,
  ) => CheckResult,
): CheckResult[] {
  const notebooks = ctx.slice('sagemaker.notebookInstances');
  if (notebooks.length === 0) {
    return [pass(ctx.scopeResource, `No SageMaker notebook instance in ${ctx.region}.`)];
  }
  return notebooks.map((notebook) => {
    const resource = sagemakerNotebookResource(notebook);
    return notebook.settings.ok
      ? judge(notebook, notebook.settings.value, resource)
      : unreadableField(resource, notebook.settings, `SageMaker notebook instance ${notebook.name}`);
  });
}
