import { describe, expect, it } from 'vitest';
import { ecrRepository, evaluate, InventoryBuilder } from '../../fixtures/index.js';
import type { EcrRegistryScanning, EcrRepository } from '../../inventory/ecr.js';
import { ecrRepositoryImageScanningEnabled } from './ecr-repository-image-scanning-enabled.js';

const NO_RULES: EcrRegistryScanning = { scanType: 'BASIC', rules: [] };

const inRegion = (scanning: EcrRegistryScanning, ...repositories: EcrRepository[]) =>
  evaluate(
    ecrRepositoryImageScanningEnabled,
    new InventoryBuilder()
      .regional('us-east-1', 'ecr.repositories', repositories)
      .regional('us-east-1', 'ecr.registryScanning', scanning)
      .build(),
  );

describe('ecr-repository-image-scanning-enabled', () => {
  it('passes the region when it has no repository', () => {
    expect(inRegion(NO_RULES)).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes a repository scanning on push and fails one no rule covers', () => {
    const findings = inRegion(
      NO_RULES,
      ecrRepository('api'),
      ecrRepository('scratch', { scanOnPush: false }),
    );
    expect(findings.map((f) => f.status)).toEqual(['PASS', 'FAIL']);
    expect(findings[1]?.message).toBe(
      'Repository scratch is not scanned automatically: no scan on push, no registry rule covers it.',
    );
  });

  it('counts registry rules that scan automatically and whose wildcard filter matches the name', () => {
    const scanning: EcrRegistryScanning = {
      scanType: 'ENHANCED',
      rules: [
        { scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: ['prod/*'] },
        { scanFrequency: 'MANUAL', repositoryFilters: ['*'] },
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: ['team.a-*'] },
      ],
    };
    const findings = inRegion(
      scanning,
      ecrRepository('prod/api', { scanOnPush: false }),
      ecrRepository('team.a-web', { scanOnPush: false }),
      // "." is literal in a filter: team.a-* does not cover teamXa-web.
      ecrRepository('teamXa-web', { scanOnPush: false }),
      // Only the MANUAL rule covers it.
      ecrRepository('dev/api', { scanOnPush: false }),
    );
    expect(findings.map((f) => [f.resourceId.split('repository/').pop(), f.status])).toEqual([
      ['prod/api', 'PASS'],
      ['team.a-web', 'PASS'],
      ['teamXa-web', 'FAIL'],
      ['dev/api', 'FAIL'],
    ]);
    expect(findings[0]?.evidence).toEqual({ registryScanFrequency: 'CONTINUOUS_SCAN' });
  });

  it('without the registry configuration, still passes scan-on-push repositories and is an ERROR for the others', () => {
    const inventory = new InventoryBuilder()
      .regional('us-east-1', 'ecr.repositories', [
        ecrRepository('api'),
        ecrRepository('scratch', { scanOnPush: false }),
      ])
      .regionalError(
        'us-east-1',
        'ecr.registryScanning',
        'AccessDeniedException',
        'ecr:GetRegistryScanningConfiguration',
      )
      .build();
    expect(evaluate(ecrRepositoryImageScanningEnabled, inventory)).toMatchObject([
      { status: 'PASS' },
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });

  it('is an ERROR with the AWS code when the repositories cannot be listed', () => {
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'ecr.repositories', 'AccessDeniedException', 'ecr:DescribeRepositories')
      .regional('us-east-1', 'ecr.registryScanning', NO_RULES)
      .build();
    expect(evaluate(ecrRepositoryImageScanningEnabled, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
