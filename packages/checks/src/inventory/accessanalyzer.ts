/** An IAM Access Analyzer analyzer of the region (ListAnalyzers), of any type. */
export interface AccessAnalyzer {
  readonly arn: string;
  readonly name: string;
  /** ACCOUNT and ORGANIZATION analyze external access; *_UNUSED_ACCESS and *_INTERNAL_ACCESS do not. */
  readonly type: string;
  /** ACTIVE, CREATING, DISABLED or FAILED. */
  readonly status: string;
}
