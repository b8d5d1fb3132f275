import type * as Codebuild from '@aws-sdk/client-codebuild';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedCodebuildProject } from '../state/codebuild-state.js';
import { page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Codebuild>> = SimulatedAnswer<typeof Codebuild, Op>;

/** ListProjects answers at most 100 names per page. */
const LIST_PAGE_SIZE = 100;
/** BatchGetProjects accepts 1 to 100 names. */
const MAX_BATCH = 100;

function projectsOf({ caller, region }: SimulatedRequest): readonly SimulatedCodebuildProject[] {
  return caller.services?.codebuild?.regions?.[region]?.projects ?? [];
}

function describeProject(
  { caller, region }: SimulatedRequest,
  project: SimulatedCodebuildProject,
): Codebuild.Project {
  const s3Logs = project.s3Logs;
  return {
    name: project.name,
    arn: `arn:aws:codebuild:${region}:${caller.id}:project/${project.name}`,
    source: project.source ?? { type: 'NO_SOURCE' },
    ...(project.secondarySources ? { secondarySources: project.secondarySources } : {}),
    artifacts: { type: 'NO_ARTIFACTS' },
    environment: {
      type: 'LINUX_CONTAINER',
      image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0',
      computeType: 'BUILD_GENERAL1_SMALL',
      environmentVariables: (project.environmentVariables ?? []).map((variable) => ({
        name: variable.name,
        value: variable.value,
        type: variable.type ?? 'PLAINTEXT',
      })),
    },
    serviceRole: `arn:aws:iam::${caller.id}:role/codebuild-${project.name}`,
    logsConfig: {
      cloudWatchLogs: { status: project.cloudWatchLogs === false ? 'DISABLED' : 'ENABLED' },
      s3Logs: s3Logs
        ? {
            status: 'ENABLED',
            location: s3Logs.location,
            encryptionDisabled: s3Logs.encryptionDisabled ?? false,
          }
        : { status: 'DISABLED', encryptionDisabled: false },
    },
  };
}

/** Simulated CodeBuild: the build projects of each region (`services.codebuild.regions.<region>`). */
export const simulatedCodebuild = {
  ListProjects: (request): Answer<'ListProjects'> => {
    const { items, next } = page(
      projectsOf(request).map((project) => project.name),
      request.input.nextToken,
      LIST_PAGE_SIZE,
    );
    return { projects: items, ...(next ? { nextToken: next } : {}) };
  },
  BatchGetProjects: (request): Answer<'BatchGetProjects'> => {
    const names = requiredParameter(request.input.names, 'names');
    if (names.length < 1 || names.length > MAX_BATCH) {
      throw simulatedError('InvalidInputException', `names must hold 1 to ${MAX_BATCH} project names`, 400);
    }
    const projects = projectsOf(request);
    const found = names.flatMap((name) => projects.filter((project) => project.name === name));
    return {
      projects: found.map((project) => describeProject(request, project)),
      projectsNotFound: names.filter((name) => !projects.some((project) => project.name === name)),
    };
  },
} satisfies SimulatedService<typeof Codebuild>;
