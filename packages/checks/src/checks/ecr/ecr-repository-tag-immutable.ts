import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { ecrRepositoryResource } from './ecr-repository-resource.js';

/**
 * FSBP ECR.2: PASS needs imageTagMutability IMMUTABLE, so a pushed tag always names the same image.
 * IMMUTABLE_WITH_EXCLUSION fails, as in AWS's evaluation: the excluded tags can still be overwritten.
 */
export const ecrRepositoryTagImmutable = defineCheck({
  id: 'ecr-repository-tag-immutable',
  title: 'ECR private repositories have immutable image tags',
  service: 'ecr',
  severity: 'medium',
  scope: 'regional',
  requires: ['ecr.repositories'],
  compliance: { 'aws-fsbp': ['ECR.2'] },
  remediation: {
    text: 'Make the repository’s image tags immutable.',
    cli: 'aws ecr put-image-tag-mutability --repository-name <repository> --image-tag-mutability IMMUTABLE',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
  },
  evaluate(ctx) {
    const repositories = ctx.slice('ecr.repositories');
    if (repositories.length === 0) return [pass(ctx.scopeResource, `No ECR repository in ${ctx.region}.`)];
    return repositories.map((repository) => {
      const evidence = { imageTagMutability: repository.imageTagMutability };
      return repository.imageTagMutability === 'IMMUTABLE'
        ? pass(
            ecrRepositoryResource(repository),
            `Repository ${repository.name} has immutable tags.`,
            evidence,
          )
        : fail(
            ecrRepositoryResource(repository),
            `Repository ${repository.name} lets tags be overwritten (${repository.imageTagMutability}).`,
            evidence,
          );
    });
  },
});
