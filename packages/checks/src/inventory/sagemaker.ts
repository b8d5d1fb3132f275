import type { ReadResult } from './read-result.js';

/** One SageMaker notebook instance of a region (ListNotebookInstances), with the settings FSBP judges. */
export interface SagemakerNotebookInstance {
  readonly arn: string;
  readonly name: string;
  /** DescribeNotebookInstance's answer; its error when that call failed. */
  readonly settings: ReadResult<SagemakerNotebookSettings>;
}

export interface SagemakerNotebookSettings {
  /** DirectInternetAccess is Enabled (internet through the SageMaker service VPC). */
  readonly directInternetAccess: boolean;
  /** The subnet of the customer VPC the instance runs in; null: the SageMaker service VPC. */
  readonly subnetId: string | null;
  /** RootAccess is Enabled (users can become root on the instance). */
  readonly rootAccess: boolean;
  /** The platform (operating system and JupyterLab version), e.g. notebook-al2023-v1. */
  readonly platformIdentifier: string | null;
}
