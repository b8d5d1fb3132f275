import type { Mute } from './mutes-file.js';

/** The finding's scope a mute can match. */
export interface MuteTarget {
  readonly accountId: string;
  /** The account's OU chain (root first): an OU mute covers accounts anywhere beneath it. */
  readonly ouIds: readonly string[];
  readonly region: string;
  readonly checkId: string;
  readonly resourceId: string;
}

/** `*` any run of characters, `?` one character, everything else literal (the API's resource glob). */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 's');
}

/**
 * Applies mutes as the service does: a finding takes the first active mute (file order) whose every set
 * field matches — account, OU anywhere up the account's chain, region, check, resource glob. A mute whose
 * expiresAt has passed at the scan time covers nothing.
 */
export class MuteMatcher {
  private readonly active: ReadonlyArray<Mute & { readonly glob: RegExp | null }>;
  readonly expired: readonly Mute[];

  constructor(mutes: readonly Mute[], scanTime: Date) {
    const live = (mute: Mute) => mute.expiresAt === null || mute.expiresAt.getTime() > scanTime.getTime();
    this.active = mutes
      .filter(live)
      .map((mute) => ({ ...mute, glob: mute.resourcePattern ? globToRegExp(mute.resourcePattern) : null }));
    this.expired = mutes.filter((mute) => !live(mute));
  }

  /** The mute covering the finding, or null. */
  match(target: MuteTarget): Mute | null {
    for (const mute of this.active) {
      if (mute.accountId !== null && mute.accountId !== target.accountId) continue;
      if (mute.ouId !== null && !target.ouIds.includes(mute.ouId)) continue;
      if (mute.region !== null && mute.region !== target.region) continue;
      if (mute.checkId !== null && mute.checkId !== target.checkId) continue;
      if (mute.glob !== null && !mute.glob.test(target.resourceId)) continue;
      return mute;
    }
    return null;
  }

  /** Mute id → reason, for the reports (SARIF suppressions). */
  reasons(): Map<string, string> {
    return new Map(this.active.map((mute) => [mute.id, `${mute.reason} (owner: ${mute.owner})`]));
  }
}
