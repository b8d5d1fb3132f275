import type { RdsSnapshot } from '../../inventory/rds.js';
import type { ResourceRef } from '../../model/resource.js';

export function rdsSnapshotResource(snapshot: RdsSnapshot): ResourceRef {
  return {
    id: snapshot.arn,
    type: snapshot.kind === 'cluster-snapshot' ? 'AwsRdsDbClusterSnapshot' : 'AwsRdsDbSnapshot',
  };
}

/** How a message names the snapshot: "DB snapshot x" or "DB cluster snapshot x". */
export function describeSnapshot(snapshot: RdsSnapshot): string {
  return `${snapshot.kind === 'cluster-snapshot' ? 'DB cluster snapshot' : 'DB snapshot'} ${snapshot.identifier}`;
}
