import { defineCheck } from '../../model/check-definition.js';
import { eachLatestRevision } from './ecs-latest-task-definitions.js';

/** Users that are root: by name or uid 0, with or without a group. */
function runsAsRoot(user: string | null): boolean {
  if (user === null) return true; // the image's default user, root unless the image says otherwise
  const [name] = user.split(':');
  return name === 'root' || name === '0';
}

/**
 * FSBP ECS.1: in the latest ACTIVE revision of each family using the host network mode, PASS needs every
 * container to run as a non-root user or be explicitly privileged (AWS's rule: privileged false or unset
 * together with user root or unset fails). Other network modes pass.
 */
export const ecsTaskDefinitionHostModeNonRoot = defineCheck({
  id: 'ecs-task-definition-host-mode-non-root',
  title: 'ECS task definitions in host network mode do not run containers as root',
  service: 'ecs',
  severity: 'high',
  scope: 'regional',
  requires: ['ecs.taskDefinitions'],
  compliance: { 'aws-fsbp': ['ECS.1'] },
  remediation: {
    text: 'Set a non-root "user" on every container of a task definition that uses the host network mode (or use the awsvpc network mode), register the new revision and deregister the old one.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode',
  },
  evaluate(ctx) {
    return eachLatestRevision(ctx, {
      offending: (container, definition) =>
        definition.networkMode === 'host' && !container.privileged && runsAsRoot(container.user),
      failure: 'share the host network and run as root',
      success: 'runs as a non-root user, or the task does not use the host network mode',
    });
  },
});
