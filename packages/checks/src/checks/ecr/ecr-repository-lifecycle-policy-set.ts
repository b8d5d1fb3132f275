import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import { ecrRepositoryResource } from './ecr-repository-resource.js';

/** FSBP ECR.3: PASS needs a lifecycle policy on the repository (GetLifecyclePolicy finds one). */
export const ecrRepositoryLifecyclePolicySet = defineCheck({
  id: 'ecr-repository-lifecycle-policy-set',
  title: 'ECR repositories have a lifecycle policy',
  service: 'ecr',
  severity: 'medium',
  scope: 'regional',
  requires: ['ecr.repositories'],
  compliance: { 'aws-fsbp': ['ECR.3'] },
  remediation: {
    text: 'Give the repository a lifecycle policy that expires untagged and old images.',
    cli: 'aws ecr put-lifecycle-policy --repository-name <repository> --lifecycle-policy-text file://lifecycle-policy.json',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
  },
  evaluate(ctx) {
    const repositories = ctx.slice('ecr.repositories');
    if (repositories.length === 0) return [pass(ctx.scopeResource, `No ECR repository in ${ctx.region}.`)];
    return repositories.map((repository) => {
      const resource = ecrRepositoryResource(repository);
      if (!repository.hasLifecyclePolicy.ok) {
        return unreadableField(
          resource,
          repository.hasLifecyclePolicy,
          `the lifecycle policy of repository ${repository.name}`,
        );
      }
      return repository.hasLifecyclePolicy.value
        ? pass(resource, `Repository ${repository.name} has a lifecycle policy.`)
        : fail(resource, `Repository ${repository.name} has no lifecycle policy.`);
    });
  },
});
