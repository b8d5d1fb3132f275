import { isIP } from 'node:net';
import {
  type BlockedAddressClass,
  type Cidr,
  classifyAddress,
  inCidr,
  parseAddress,
  parseCidr,
} from './ip-address.js';

/** The class that forbids this address as a destination, or null when it is a public address. */
export function blockedAddressClass(address: string): BlockedAddressClass | null {
  const parsed = parseAddress(address);
  return parsed ? classifyAddress(parsed) : 'reserved';
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
 * unique-local (fd00:ec2::254), multicast, unspecified and reserved addresses are refused, also in the
 * IPv6 forms that embed an IPv4 address (mapped, translated, compatible, NAT64, 6to4, Teredo). Ranges come
 * from ipaddr.js (see ip-address.ts), not a table of our own. `allowList` (WEBHOOK_ALLOWED_PRIVATE_TARGETS) opens CIDRs and
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
    const parsed = parseAddress(address);
    if (parsed && this.cidrs.some((cidr) => inCidr(parsed, cidr))) return;
    throw new DestinationNotAllowedError(
      `${hostname === address ? address : `${hostname} resolves to ${address}`}, a ${blocked} address; ` +
        'private destinations must be listed in WEBHOOK_ALLOWED_PRIVATE_TARGETS',
    );
  }

  private allowListed(host: string): boolean {
    if (this.hosts.has(host.toLowerCase())) return true;
    const parsed = parseAddress(host);
    return parsed !== null && this.cidrs.some((cidr) => inCidr(parsed, cidr));
  }
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}
