import type { S3Bucket } from '../../inventory/s3.js';
import type { ResourceRef } from '../../model/resource.js';
import {
  type PolicyStatement,
  statementCoversAction,
  statementHasPublicPrincipal,
  wildcardMatches,
} from '../../policy/policy-document.js';

export function bucketResource(bucket: Pick<S3Bucket, 'arn'>): ResourceRef {
  return { id: bucket.arn, type: 'AwsS3Bucket' };
}

/** A Deny for everyone on the bucket's objects (`<bucket arn>/*`, `*`, ...) covering `action`. */
function deniesEveryoneOnObjects(statement: PolicyStatement, bucketArn: string, action: string): boolean {
  return (
    statement.effect === 'Deny' &&
    statementHasPublicPrincipal(statement) &&
    statementCoversAction(statement, action) &&
    statement.notResources.length === 0 &&
    statement.resources.some((pattern) => wildcardMatches(pattern, `${bucketArn}/*`))
  );
}

function conditionEntries(statement: PolicyStatement) {
  return Object.entries(statement.conditions).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, values]) => ({ operator: operator.toLowerCase(), key, values })),
  );
}

/**
 * The statement that denies reads over plain HTTP (CIS 3.1.1): Deny, everyone, s3:GetObject (or s3:*) on the
 * bucket's objects, with `Bool aws:SecureTransport false` as its only condition (another condition would
 * deny HTTP only when that one holds too). `s3:TlsVersion` alone does not count: an HTTP request has no
 * TLS version, and a condition on a missing key does not match, so the Deny would not apply to it.
 */
export function insecureTransportDeny(
  statements: readonly PolicyStatement[],
  bucketArn: string,
): PolicyStatement | undefined {
  return statements.find((statement) => {
    if (!deniesEveryoneOnObjects(statement, bucketArn, 's3:GetObject')) return false;
    const entries = conditionEntries(statement);
    return (
      entries.length > 0 &&
      entries.every(
        ({ operator, key, values }) =>
          (operator === 'bool' || operator === 'boolifexists') &&
          key === 'aws:securetransport' &&
          values.length > 0 &&
          values.every((value) => value.toLowerCase() === 'false'),
      )
    );
  });
}

const SSE_HEADER = 's3:x-amz-server-side-encryption';

/**
 * The statement that denies uploads without server-side encryption: Deny, everyone, s3:PutObject on the
 * bucket's objects, when the encryption header is missing (`Null ... true`) or not an accepted value
 * (`StringNotEquals`, which also matches a missing header), with no condition on anything else.
 */
export function unencryptedUploadDeny(
  statements: readonly PolicyStatement[],
  bucketArn: string,
): PolicyStatement | undefined {
  return statements.find((statement) => {
    if (!deniesEveryoneOnObjects(statement, bucketArn, 's3:PutObject')) return false;
    const entries = conditionEntries(statement);
    const onHeader = entries.filter(({ key }) => key === SSE_HEADER);
    return (
      onHeader.length > 0 &&
      onHeader.length === entries.length &&
      onHeader.some(
        ({ operator, values }) =>
          (operator === 'null' && values.some((value) => value.toLowerCase() === 'true')) ||
          operator === 'stringnotequals' ||
          operator === 'stringnotequalsifexists',
      )
    );
  });
}

export function statementName(statement: PolicyStatement): string {
  return statement.sid ? `statement '${statement.sid}'` : 'a statement';
}
