import type { EcrRegistryScanning } from '../../inventory/ecr.js';
import { defineCheck } from '../../model/check-definition.js';
import { error, fail, pass } from '../../model/check-result.js';
import { ecrRepositoryResource } from './ecr-repository-resource.js';

/** The rule frequencies that scan automatically (MANUAL does not). */
const AUTOMATIC = new Set(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']);

/** Whether a WILDCARD repository filter matches `name` (`*`: any characters, the rest literal). */
function filterMatches(filter: string, name: string): boolean {
  const pattern = filter
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** The registry rule frequency that scans `name` automatically, if any. */
function registryScan(scanning: EcrRegistryScanning, name: string): string | null {
  const rule = scanning.rules.find(
    (candidate) =>
      AUTOMATIC.has(candidate.scanFrequency) &&
      candidate.repositoryFilters.some((filter) => filterMatches(filter, name)),
  );
  return rule?.scanFrequency ?? null;
}

/**
 * FSBP ECR.1: PASS needs the repository scanned automatically: its own scan on push, or a registry scanning
 * rule (scan on push or continuous) whose filter matches its name. An unreadable registry configuration
 * leaves only repositories with their own scan on push decidable; the others are ERROR with its code.
 */
export const ecrRepositoryImageScanningEnabled = defineCheck({
  id: 'ecr-repository-image-scanning-enabled',
  title: 'ECR private repositories have image scanning configured',
  service: 'ecr',
  severity: 'high',
  scope: 'regional',
  requires: ['ecr.repositories', 'ecr.registryScanning'],
  compliance: { 'aws-fsbp': ['ECR.1'] },
  remediation: {
    text: 'Add a registry scanning rule (scan on push or continuous) whose filter covers the repository, or turn on the repository’s scan on push.',
    cli: 'aws ecr put-registry-scanning-configuration --scan-type BASIC --rules \'[{"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
  },
  evaluate(ctx) {
    const repositories = ctx.slice('ecr.repositories');
    if (repositories.length === 0) return [pass(ctx.scopeResource, `No ECR repository in ${ctx.region}.`)];
    const scanning = ctx.sliceResult('ecr.registryScanning');
    return repositories.map((repository) => {
      const resource = ecrRepositoryResource(repository);
      if (repository.scanOnPush) {
        return pass(resource, `Repository ${repository.name} scans images on push.`, { scanOnPush: true });
      }
      if (!scanning.ok) {
        return error(
          resource,
          scanning.error.code,
          `Could not read the registry scanning configuration: ${scanning.error.operation} failed with ${scanning.error.code}.`,
        );
      }
      const frequency = registryScan(scanning.value, repository.name);
      return frequency
        ? pass(resource, `Repository ${repository.name} is scanned by a registry rule (${frequency}).`, {
            registryScanFrequency: frequency,
          })
        : fail(
            resource,
            `Repository ${repository.name} is not scanned automatically: no scan on push, no registry rule covers it.`,
            { scanType: scanning.value.scanType },
          );
    });
  },
});
