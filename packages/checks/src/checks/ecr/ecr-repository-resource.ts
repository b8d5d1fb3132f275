import type { EcrRepository } from '../../inventory/ecr.js';
import type { ResourceRef } from '../../model/resource.js';

export function ecrRepositoryResource(repository: EcrRepository): ResourceRef {
  return { id: repository.arn, type: 'AwsEcrRepository' };
}
