import { DEFAULT_REGIONS, OPT_IN_REGIONS } from './aws-regions.js';
import { DEMO_ACCOUNTS, demoOrganization } from './demo-org.js';
import type { SimulatedAccount, SimulatedOrg } from './org-description.js';

export interface GeneratedOrgOptions {
  /** Member accounts, besides the management account. */
  readonly accounts: number;
  /** How many of the 17 default regions exist (the rest of the world is not simulated). */
  readonly regions: number;
  /** Fraction of members whose scanning role cannot be assumed. */
  readonly deniedRoleRate?: number;
  /** Regions a service control policy denies in every member (calls there answer AccessDenied). */
  readonly scpDeniedRegions?: readonly string[];
  /** Opt-in regions that exist but no account has enabled. */
  readonly disabledOptInRegions?: number;
}

const OU_COUNT = 10;

/**
 * A large organization for benchmarks and resilience tests: the demo organization's posture, account for
 * account, repeated over `accounts` members in nested OUs. Deterministic: the same options give the same
 * organization (the 1-in-N choice of denied roles is by index, not random).
 */
export function generateOrganization(options: GeneratedOrgOptions): SimulatedOrg {
  const demo = demoOrganization();
  const templates = demo.accounts.filter(
    (account) =>
      account.state === 'ACTIVE' && account.roleAssumable && account.id !== DEMO_ACCOUNTS.management,
  );
  // us-east-1 first: the home region of IAM, STS and Organizations calls always exists.
  const regions = ['us-east-1', ...DEFAULT_REGIONS.filter((name) => name !== 'us-east-1')]
    .slice(0, options.regions)
    .map((name) => ({ name, optIn: false }));
  const optIn = OPT_IN_REGIONS.slice(0, options.disabledOptInRegions ?? 0).map((name) => ({
    name,
    optIn: true,
  }));
  const rootId = 'r-gen1';
  const units = Array.from({ length: OU_COUNT }, (_, index) => ({
    id: `ou-gen1-${String(index).padStart(8, '0')}`,
    name: index < 2 ? `Tier${index}` : `Team${index}`,
    // Two top-level OUs; the others nested under them.
    parentId: index < 2 ? rootId : `ou-gen1-${String(index % 2).padStart(8, '0')}`,
  }));
  const deniedEvery = options.deniedRoleRate ? Math.round(1 / options.deniedRoleRate) : 0;
  const management = demo.accounts.find((account) => account.id === DEMO_ACCOUNTS.management)!;
  const members: SimulatedAccount[] = Array.from({ length: options.accounts }, (_, index) => {
    const template = templates[index % templates.length]!;
    const id = String(100_000_000_000 + index);
    return {
      ...template,
      id,
      name: `member-${index}`,
      email: `aws+member-${index}@generated.example`,
      parentId: units[index % OU_COUNT]!.id,
      roleAssumable: deniedEvery === 0 || index % deniedEvery !== deniedEvery - 1,
      optInRegionsEnabled: [],
      scpDeniedRegions: [...(options.scpDeniedRegions ?? [])],
    };
  });
  return {
    ...demo,
    organizationId: 'o-generated01',
    rootId,
    regions: [...regions, ...optIn],
    organizationalUnits: units,
    accounts: [
      { ...management, parentId: rootId, optInRegionsEnabled: [], scpDeniedRegions: [] },
      ...members,
    ],
  };
}
