import { checks as allChecks, checksByRequirement, findFramework, frameworks } from '@orgscan/checks';
import { CheckSelectionError, selectChecks } from '@orgscan/scanner/select-checks';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { EXIT, UsageError } from '../exit-codes.js';
import { commaList, frameworkSpec } from '../option-values.js';

interface ChecksOptions {
  frameworks?: boolean;
  requirements?: string;
  framework?: Array<{ id: string; requirements?: string[] }>;
  services?: string[];
  json?: boolean;
  color: boolean;
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function printJson(value: unknown): number {
  print(JSON.stringify(value, null, 2));
  return EXIT.ok;
}

function checksAction(options: ChecksOptions): number {
  const c = createColors(options.color && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const table = (head: string[]) =>
    new Table({ head: head.map((title) => c.bold(title)), style: { head: [], border: [], compact: true } });

  if (options.frameworks) {
    const list = frameworks.map((framework) => {
      const mapping = checksByRequirement(framework, allChecks);
      const automated = [...mapping.values()].filter((checkIds) => checkIds.length > 0).length;
      return {
        id: framework.id,
        name: framework.name,
        version: framework.version,
        requirements: framework.requirements.length,
        automated,
      };
    });
    if (options.json) return printJson(list);
    const out = table(['Framework', 'Name', 'Requirements', 'Decided by checks']);
    for (const entry of list) out.push([entry.id, entry.name, entry.requirements, entry.automated]);
    print(out.toString());
    return EXIT.ok;
  }

  if (options.requirements !== undefined) {
    const framework = findFramework(options.requirements);
    if (!framework) {
      throw new UsageError(
        `--requirements: unknown framework ${options.requirements} (known: ${frameworks.map((entry) => entry.id).join(', ')})`,
      );
    }
    const mapping = checksByRequirement(framework, allChecks);
    const list = framework.requirements.map((requirement) => ({
      id: requirement.id,
      title: requirement.title,
      section: requirement.section,
      level: requirement.level,
      checks: [...(mapping.get(requirement.id) ?? [])],
    }));
    if (options.json) return printJson(list);
    const out = table(['Id', 'Requirement', 'Checks']);
    for (const entry of list)
      out.push([
        entry.id,
        entry.title,
        entry.checks.length > 0 ? entry.checks.join('\n') : c.yellow('MANUAL (no API decides it)'),
      ]);
    print(out.toString());
    return EXIT.ok;
  }

  let selected: typeof allChecks extends readonly (infer T)[] ? T[] : never;
  try {
    selected = selectChecks(allChecks, { frameworks: options.framework, services: options.services });
  } catch (error) {
    if (error instanceof CheckSelectionError) throw new UsageError(error.message);
    throw error;
  }
  const list = selected.map((check) => ({
    id: check.id,
    title: check.title,
    service: check.service,
    severity: check.severity,
    scope: check.scope,
    compliance: check.compliance,
  }));
  if (options.json) return printJson(list);
  const out = table(['Check', 'Severity', 'Service', 'Requirements']);
  for (const entry of list) {
    const requirements = Object.entries(entry.compliance).map(
      ([framework, ids]) => `${framework} ${(ids ?? []).join(', ')}`,
    );
    out.push([`${entry.id}\n${c.dim(entry.title)}`, entry.severity, entry.service, requirements.join('\n')]);
  }
  print(out.toString());
  print(`${list.length} check(s)`);
  return EXIT.ok;
}

export function registerChecksCommand(
  program: Command,
  run: (action: () => Promise<number>) => Promise<void>,
): void {
  program
    .command('checks')
    .summary('list the checks, the frameworks, or a framework’s requirements')
    .description(
      'Lists what orgscan checks: every check (optionally of some frameworks or services), the frameworks, or the requirements of one framework with the checks that decide each.',
    )
    .option('--frameworks', 'list the frameworks')
    .option('--requirements <framework>', "list a framework's requirements and the checks behind each")
    .option(
      '--framework <id[=requirements]>',
      'only the checks of a framework (or of some of its requirements); repeatable',
      frameworkSpec,
    )
    .option('--services <names>', 'only the checks of these services', commaList)
    .option('--json', 'JSON instead of a table')
    .option('--no-color', 'no colours')
    .addHelpText(
      'after',
      '\nExamples:\n  $ orgscan checks --framework cis-aws-7.0.0=2.4,2.5\n  $ orgscan checks --requirements account-checklist\n  $ orgscan checks --services s3 --json',
    )
    .action(async (options: ChecksOptions) => run(async () => checksAction(options)));
}
