import { describeSecretShaped } from '../../inventory/secret-shaped-variable.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';
import type { ResourceRef } from '../../model/resource.js';

/** Checklist 10: containers use the task role, not keys or secrets in plain environment variables. */
export const ecsTaskDefinitionEnvNoSecrets = defineCheck({
  id: 'ecs-task-definition-env-no-secrets',
  title: 'ECS task definitions hold no AWS access keys or secrets in container environments',
  service: 'ecs',
  severity: 'high',
  scope: 'regional',
  requires: ['ecs.taskDefinitions'],
  compliance: { 'account-checklist': ['10'], 'aws-fsbp': ['ECS.8'] },
  remediation: {
    text: 'Give the task a task role instead of access keys, move other secrets to the container definition\'s "secrets" (Secrets Manager or SSM Parameter Store), register a new revision, deregister the old ones and deactivate any exposed key.',
    cli: 'aws ecs deregister-task-definition --task-definition <family>:<revision>',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
  },
  evaluate(ctx) {
    const definitions = ctx.slice('ecs.taskDefinitions');
    if (definitions.length === 0)
      return [pass(ctx.scopeResource, `No active ECS task definition in ${ctx.region}.`)];
    return definitions.map((definition) => {
      const resource: ResourceRef = { id: definition.arn, type: 'AwsEcsTaskDefinition' };
      const name = `${definition.family}:${definition.revision}`;
      const flagged = definition.containers.filter((container) => container.secretShapedVariables.length > 0);
      if (flagged.length === 0) {
        return pass(resource, `Task definition ${name} has no credential-shaped environment variable.`);
      }
      const where = flagged
        .map(
          (container) =>
            `container ${container.name}: ${describeSecretShaped(container.secretShapedVariables)}`,
        )
        .join('; ');
      return fail(resource, `Task definition ${name} holds credentials in its environment (${where}).`, {
        variables: flagged.flatMap((container) =>
          container.secretShapedVariables.map((variable) => `${container.name}/${variable.name}`),
        ),
      });
    });
  },
});
