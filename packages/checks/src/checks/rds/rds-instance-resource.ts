import type { RdsInstance } from '../../inventory/rds.js';
import type { ResourceRef } from '../../model/resource.js';

export function rdsInstanceResource(instance: RdsInstance): ResourceRef {
  return { id: instance.arn, type: 'AwsRdsDbInstance' };
}
