import { isIP } from 'node:net';
import { type Cidr, type IpBytes, inNetwork, parseCidr, parseIp } from './ip-address.js';

/** Why an address is not a destination for a user-supplied URL. */
export type BlockedAddressClass =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'carrier-grade-nat'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'reserved';

const V4_RANGES: ReadonlyArray<readonly [string, BlockedAddressClass]> = [
  ['0.0.0.0/8', 'unspecified'],
  ['127.0.0.0/8', 'loopback'],
  ['10.0.0.0/8', 'private'],
  ['172.16.0.0/12', 'private'],
  ['192.168.0.0/16', 'private'],
  ['100.64.0.0/10', 'carrier-grade-nat'],
  // 169.254.169.254 is the instance metadata service of EC2 (and of most clouds).
  ['169.254.0.0/16', 'link-local'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'reserved'],
  ['198.18.0.0/15', 'reserved'],
  ['198.51.100.0/24', 'reserved'],
  ['203.0.113.0/24', 'reserved'],
];

const V6_RANGES: ReadonlyArray<readonly [string, BlockedAddressClass]> = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  // fd00:ec2::254 is the EC2 instance metadata service over IPv6.
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'private'],
  ['ff00::/8', 'multicast'],
  ['100::/64', 'reserved'],
  ['2001:db8::/32', 'reserved'],
];

const parsedRanges = (ranges: ReadonlyArray<readonly [string, BlockedAddressClass]>) =>
  ranges.map(([cidr, blockedClass]) => ({ cidr: parseCidr(cidr) as Cidr, blockedClass }));
const V4 = parsedRanges(V4_RANGES);
const V6 = parsedRanges(V6_RANGES);

/** IPv6 forms that carry an IPv4 address: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64, 6to4. */
const EMBEDDING_V4: ReadonlyArray<{ cidr: Cidr; offset: number }> = [
  { cidr: parseCidr('::ffff:0:0/96') as Cidr, offset: 12 },
  { cidr: parseCidr('::/96') as Cidr, offset: 12 },
  { cidr: parseCidr('64:ff9b::/96') as Cidr, offset: 12 },
  { cidr: parseCidr('2002::/16') as Cidr, offset: 2 },
];

function classify(bytes: IpBytes): BlockedAddressClass | null {
  if (bytes.length === 4) {
    return V4.find(({ cidr }) => inNetwork(bytes, cidr.network, cidr.prefixLength))?.blockedClass ?? null;
  }
  const own = V6.find(({ cidr }) => inNetwork(bytes, cidr.network, cidr.prefixLength));
  if (own) return own.blockedClass;
  const embedding = EMBEDDING_V4.find(({ cidr }) => inNetwork(bytes, cidr.network, cidr.prefixLength));
  return embedding ? classify(bytes.slice(embedding.offset, embedding.offset + 4)) : null;
}

/** The class that forbids this address as a destination, or null when it is a public address. */
export function blockedAddressClass(address: string): BlockedAddressClass | null {
  const bytes = parseIp(address);
  if (!bytes) return 'reserved';
  return classify(bytes);
}

/** A URL or an address that orgscan refuses to send to. */
export class DestinationNotAllowedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DestinationNotAllowedError';
  }
}

/**
 * Where user-supplied URLs (webhooks, Jira, PagerDuty) may point. By default: https only, and only to
 * public addresses — loopback, private, CGNAT, link-local (the 169.254.169.254 metadata service),
 * unique-local (fd00:ec2::254), multicast, unspecified and reserved addresses are refused, also in their
 * IPv4-mapped / NAT64 / 6to4 IPv6 forms. `allowList` (WEBHOOK_ALLOWED_PRIVATE_TARGETS) opens CIDRs and
 * host names explicitly; http is accepted only for allow-listed hosts.
 *
 * `checkUrl` runs when a URL is saved and again before every request; `checkAddress` runs on the address
 * the connection is actually made to (see the delivery client's lookup), which is what defeats DNS
 * rebinding: there is no second resolution between the check and the connect.
 */
export class DestinationPolicy {
  private readonly cidrs: readonly Cidr[];
  private readonly hosts: ReadonlySet<string>;

  constructor(allowList: readonly string[] = []) {
    const cidrs: Cidr[] = [];
    const hosts = new Set<string>();
    for (const entry of allowList.map((item) => item.trim()).filter(Boolean)) {
      const cidr = parseCidr(entry);
      if (cidr) cidrs.push(cidr);
      else hosts.add(entry.toLowerCase());
    }
    this.cidrs = cidrs;
    this.hosts = hosts;
  }

  /** Parses WEBHOOK_ALLOWED_PRIVATE_TARGETS: comma-separated CIDRs, addresses and host names. */
  static fromConfig(value: string | undefined): DestinationPolicy {
    return new DestinationPolicy((value ?? '').split(','));
  }

  /** Throws DestinationNotAllowedError naming what is wrong with the URL itself. */
  checkUrl(url: string): URL {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DestinationNotAllowedError('not a valid URL');
    }
    if (parsed.username || parsed.password) {
      throw new DestinationNotAllowedError(
        'credentials in the URL are not accepted (they would be stored in clear)',
      );
    }
    const host = hostOf(parsed);
    if (parsed.protocol === 'http:') {
      if (!this.allowListed(host)) {
        throw new DestinationNotAllowedError(
          'http is accepted only for hosts in WEBHOOK_ALLOWED_PRIVATE_TARGETS; use https',
        );
      }
    } else if (parsed.protocol !== 'https:') {
      throw new DestinationNotAllowedError(`scheme ${parsed.protocol} is not accepted; use https`);
    }
    if (isIP(host)) this.checkAddress(host, host);
    return parsed;
  }

  /** Throws DestinationNotAllowedError when `address` (what `hostname` resolved to) may not be reached. */
  checkAddress(hostname: string, address: string): void {
    const blocked = blockedAddressClass(address);
    if (blocked === null) return;
    if (this.hosts.has(hostname.toLowerCase())) return;
    const bytes = parseIp(address);
    if (bytes && this.cidrs.some((cidr) => inNetwork(bytes, cidr.network, cidr.prefixLength))) return;
    throw new DestinationNotAllowedError(
      `${hostname === address ? address : `${hostname} resolves to ${address}`}, a ${blocked} address; ` +
        'private destinations must be listed in WEBHOOK_ALLOWED_PRIVATE_TARGETS',
    );
  }

  private allowListed(host: string): boolean {
    if (this.hosts.has(host.toLowerCase())) return true;
    const bytes = parseIp(host);
    return bytes !== null && this.cidrs.some((cidr) => inNetwork(bytes, cidr.network, cidr.prefixLength));
  }
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}
