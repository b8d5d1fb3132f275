import { defineCheck } from '../../model/check-definition.js';
import { eachLatestRevision } from './ecs-latest-task-definitions.js';

/** FSBP ECS.9: PASS needs every container of the latest ACTIVE revision of each family to have a log driver. */
export const ecsTaskDefinitionLoggingConfigured = defineCheck({
  id: 'ecs-task-definition-logging-configured',
  title: 'ECS task definitions configure logging for every container',
  service: 'ecs',
  severity: 'high',
  scope: 'regional',
  requires: ['ecs.taskDefinitions'],
  compliance: { 'aws-fsbp': ['ECS.9'] },
  remediation: {
    text: 'Give every container a logConfiguration with a log driver (awslogs or awsfirelens), register the new revision and deregister the old one.',
    cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
  },
  evaluate(ctx) {
    return eachLatestRevision(ctx, {
      offending: (container) => container.logDriver === null,
      failure: 'have no log configuration',
      success: 'has a log configuration',
    });
  },
});
