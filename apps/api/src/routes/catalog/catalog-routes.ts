import {
  type CheckDefinition,
  checks,
  checksByRequirement,
  type Framework,
  findFramework,
  frameworks,
} from '@orgscan/checks';
import { NotFoundError } from '@orgscan/core';
import { Type } from '@sinclair/typebox';
import type { TypedApp } from '../../http/typed-app.js';
import {
  CheckSchema,
  FrameworkDetailSchema,
  FrameworkIdParams,
  FrameworkSummarySchema,
  ListChecksQuery,
} from '../../schemas/catalog.js';
import { problemResponses } from '../../schemas/problem.js';

function checkView(check: CheckDefinition) {
  return {
    id: check.id,
    title: check.title,
    service: check.service,
    severity: check.severity,
    scope: check.scope,
    frameworks: Object.entries(check.compliance).map(([frameworkId, requirementIds]) => {
      const framework = findFramework(frameworkId);
      return {
        id: frameworkId,
        requirements: (requirementIds ?? []).map((id) => ({
          id,
          legacyIds: {
            ...(framework?.requirements.find((requirement) => requirement.id === id)?.legacyIds ?? {}),
          },
        })),
      };
    }),
    remediation: {
      text: check.remediation.text,
      cli: check.remediation.cli ?? null,
      url: check.remediation.url,
    },
  };
}

function frameworkSummary(framework: Framework) {
  const mapping = checksByRequirement(framework, checks);
  const automated = [...mapping.values()].filter((ids) => ids.length > 0).length;
  return {
    id: framework.id,
    name: framework.name,
    version: framework.version,
    requirements: framework.requirements.length,
    requirementsAutomated: automated,
    requirementsManual: framework.requirements.length - automated,
  };
}

/** What orgscan can evaluate: checks, frameworks and how their requirements map to checks. */
export function catalogRoutes(app: TypedApp): void {
  app.get(
    '/v1/checks',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Every check: severity, scope, frameworks and requirement ids (with older ids), remediation',
        querystring: ListChecksQuery,
        response: { 200: Type.Object({ items: Type.Array(CheckSchema) }), ...problemResponses(400) },
      },
    },
    async (request) => {
      const { framework, service, severity } = request.query;
      const items = checks.filter(
        (check) =>
          (framework === undefined ||
            check.compliance[framework as keyof typeof check.compliance] !== undefined) &&
          (service === undefined || check.service === service) &&
          (severity === undefined || check.severity === severity),
      );
      return { items: items.map(checkView) };
    },
  );

  app.get(
    '/v1/frameworks',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Frameworks orgscan reports on',
        response: { 200: Type.Object({ items: Type.Array(FrameworkSummarySchema) }) },
      },
    },
    async () => ({ items: frameworks.map(frameworkSummary) }),
  );

  app.get(
    '/v1/frameworks/:id',
    {
      schema: {
        tags: ['catalog'],
        summary:
          "A framework's requirements: level, automated or manual, guidance, older ids, and their checks",
        params: FrameworkIdParams,
        response: { 200: FrameworkDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) => {
      const framework = findFramework(request.params.id);
      if (!framework) throw new NotFoundError('framework', request.params.id);
      const mapping = checksByRequirement(framework, checks);
      return {
        id: framework.id,
        name: framework.name,
        version: framework.version,
        requirements: framework.requirements.map((requirement) => {
          const checkIds = [...(mapping.get(requirement.id) ?? [])];
          return {
            id: requirement.id,
            title: requirement.title,
            section: requirement.section,
            level: requirement.level,
            benchmarkAutomated: requirement.automated,
            evaluation: checkIds.length > 0 ? ('automated' as const) : ('manual' as const),
            guidance: requirement.guidance,
            legacyIds: { ...requirement.legacyIds },
            securityHubControls: [...requirement.securityHubControls],
            checks: checkIds,
          };
        }),
      };
    },
  );
}
