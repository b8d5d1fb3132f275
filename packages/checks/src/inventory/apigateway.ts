import type { ReadResult } from './read-result.js';

/** A deployed stage of a REST API (GetStages), with only the settings FSBP evaluates. */
export interface ApigatewayRestApiStage {
  /** arn:<partition>:apigateway:<region>::/restapis/<api id>/stages/<stage name>, the ARN AWS gives a stage. */
  readonly arn: string;
  readonly name: string;
  /** Whether a client certificate (clientCertificateId) authenticates API Gateway to the backend. */
  readonly hasClientCertificate: boolean;
  /** Whether AWS X-Ray active tracing is enabled on the stage. */
  readonly tracingEnabled: boolean;
  /** The AWS WAF web ACL associated with the stage; null when none is. */
  readonly webAclArn: string | null;
  /**
   * The method settings (keys such as `*\/*` or `/pets/GET`) that enable response caching, with whether
   * they encrypt the cached data; settings without caching are left out because FSBP does not evaluate them.
   */
  readonly cachingMethodSettings: readonly {
    readonly method: string;
    readonly cacheDataEncrypted: boolean;
  }[];
}

/** A REST API of the region (GetRestApis), with its stages read on their own per API (GetStages). */
export interface ApigatewayRestApi {
  readonly id: string;
  readonly name: string;
  /** arn:<partition>:apigateway:<region>::/restapis/<api id>. */
  readonly arn: string;
  readonly stages: ReadResult<readonly ApigatewayRestApiStage[]>;
}
