import ipaddr from 'ipaddr.js';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

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

/**
 * Any textual IPv4 or IPv6 address (URL brackets and an IPv6 zone id are ignored), or null. Only strict
 * forms: a URL's host is already normalised by the URL parser and resolvers answer canonical text.
 */
export function parseAddress(text: string): IpAddress | null {
  const address = text.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return ipaddr.IPv4.parse(address);
  if (ipaddr.IPv6.isValid(address)) return ipaddr.IPv6.parse(address);
  return null;
}

export interface Cidr {
  readonly network: IpAddress;
  readonly prefixLength: number;
  readonly text: string;
}

/** `10.0.0.0/8`, `fd00::/8`, or a single address (a /32 or /128). Null when it is not one. */
export function parseCidr(text: string): Cidr | null {
  const [addressText, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const network = parseAddress(addressText ?? '');
  if (!network) return null;
  const max = network.kind() === 'ipv4' ? 32 : 128;
  const prefixLength = prefixText === undefined ? max : Number(prefixText);
  if (prefixText === '' || !Number.isInteger(prefixLength) || prefixLength < 0 || prefixLength > max)
    return null;
  return { network, prefixLength, text };
}

/** Whether `address` lies in the network; an IPv4-mapped IPv6 address counts as its IPv4 address. */
export function inCidr(address: IpAddress, cidr: Cidr): boolean {
  const candidate =
    address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
      ? (address as ipaddr.IPv6).toIPv4Address()
      : address;
  return candidate.kind() === cidr.network.kind() && candidate.match(cidr.network, cidr.prefixLength);
}

/** ipaddr.js range names of IPv4 → the class that blocks them; `unicast` (anything else) is public. */
const V4_CLASSES: Readonly<Record<string, BlockedAddressClass>> = {
  unspecified: 'unspecified',
  broadcast: 'reserved',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade-nat',
  private: 'private',
  reserved: 'reserved',
  // Anycast sinks (AS112) and multicast tunnelling relays (AMT): infrastructure, never a webhook receiver.
  as112: 'reserved',
  amt: 'reserved',
};

/** The same for IPv6 ranges that embed no IPv4 address. */
const V6_CLASSES: Readonly<Record<string, BlockedAddressClass>> = {
  unspecified: 'unspecified',
  linkLocal: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  uniqueLocal: 'unique-local',
  deprecatedSiteLocal: 'private',
  discard: 'reserved',
  benchmarking: 'reserved',
  amt: 'reserved',
  as112v6: 'reserved',
  deprecatedOrchid: 'reserved',
  orchid2: 'reserved',
  droneRemoteIdProtocolEntityTags: 'reserved',
  segmentRouting: 'reserved',
  reserved: 'reserved',
};

const bytesToV4 = (bytes: readonly number[]) => new ipaddr.IPv4([...bytes]);

/**
 * IPv6 forms that carry IPv4 addresses, and where: a packet to such an address ends up at (one of) the IPv4
 * addresses, so each must be a destination we accept. Ranges ipaddr.js does not name (IPv4-compatible
 * ::/96, deprecated but still routed by some stacks) are listed here as extra ranges.
 */
const EMBEDDING_V4: ReadonlyArray<{
  readonly cidr: Cidr;
  readonly embedded: (bytes: readonly number[]) => ipaddr.IPv4[];
}> = [
  // IPv4-mapped ::ffff:0:0/96, IPv4-translated ::ffff:0:0:0/96 (RFC 6145), IPv4-compatible ::/96,
  // well-known NAT64 64:ff9b::/96 (RFC 6052): the last 32 bits.
  ...['::ffff:0:0/96', '::ffff:0:0:0/96', '::/96', '64:ff9b::/96'].map((text) => ({
    cidr: parseCidr(text) as Cidr,
    embedded: (bytes: readonly number[]) => [bytesToV4(bytes.slice(12, 16))],
  })),
  {
    // Local-use NAT64 64:ff9b:1::/48 (RFC 8215): the operator picks the prefix length, so the IPv4 address
    // may sit after a /96 (last 32 bits) or after the /48 itself (bits 48-63 and 72-87, around the u octet).
    cidr: parseCidr('64:ff9b:1::/48') as Cidr,
    embedded: (bytes) => [
      bytesToV4(bytes.slice(12, 16)),
      bytesToV4([bytes[6] ?? 0, bytes[7] ?? 0, bytes[9] ?? 0, bytes[10] ?? 0]),
    ],
  },
  // 6to4 2002::/16 (RFC 3056): bits 16-47.
  { cidr: parseCidr('2002::/16') as Cidr, embedded: (bytes) => [bytesToV4(bytes.slice(2, 6))] },
  {
    // Teredo 2001::/32 (RFC 4380): the server's address in bits 32-63, the client's inverted in the last 32.
    cidr: parseCidr('2001::/32') as Cidr,
    embedded: (bytes) => [bytesToV4(bytes.slice(4, 8)), bytesToV4(bytes.slice(12, 16).map((b) => b ^ 0xff))],
  },
];

function classifyV4(address: ipaddr.IPv4): BlockedAddressClass | null {
  return V4_CLASSES[address.range()] ?? null;
}

function classifyV6(address: ipaddr.IPv6): BlockedAddressClass | null {
  // Embedding forms first: ipaddr.js names Teredo's /32 inside a reserved /23, and ::/96 is "unicast".
  if (address.toNormalizedString() === '0:0:0:0:0:0:0:0') return 'unspecified';
  if (address.toNormalizedString() === '0:0:0:0:0:0:0:1') return 'loopback';
  const embedding = EMBEDDING_V4.find(({ cidr }) => address.match(cidr.network, cidr.prefixLength));
  if (embedding) {
    for (const v4 of embedding.embedded(address.toByteArray())) {
      const blocked = classifyV4(v4);
      if (blocked) return blocked;
    }
    return null;
  }
  return V6_CLASSES[address.range()] ?? null;
}

/** The class that forbids this address as a destination, or null when it is a public address. */
export function classifyAddress(address: IpAddress): BlockedAddressClass | null {
  return address.kind() === 'ipv4' ? classifyV4(address as ipaddr.IPv4) : classifyV6(address as ipaddr.IPv6);
}
