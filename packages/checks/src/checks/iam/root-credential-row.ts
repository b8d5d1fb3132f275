import type { CredentialReportEntry } from '../../inventory/iam.js';
import type { EvaluationContext } from '../../model/check-definition.js';
import { NotEvaluableError } from '../../model/not-evaluable.js';

/**
 * The credential report's `<root_account>` row. A report without that row cannot vouch for the root user,
 * so evaluation stops with an error instead of passing.
 */
export function rootCredentialRow(ctx: EvaluationContext): CredentialReportEntry {
  const report = ctx.slice('iam.credentialReport');
  if (report.root === null) {
    throw new NotEvaluableError(
      'CredentialReportMissingRoot',
      'The IAM credential report has no <root_account> row, so the root user cannot be evaluated.',
    );
  }
  return report.root;
}
