import { isIPv4, isIPv6 } from 'node:net';

/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export type IpBytes = readonly number[];

export function parseIpv4(text: string): IpBytes | null {
  if (!isIPv4(text)) return null;
  return text.split('.').map(Number);
}

/** Parses any IPv6 text form (compressed, with a zone id, with a trailing dotted IPv4) into 16 bytes. */
export function parseIpv6(text: string): IpBytes | null {
  const address = text.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (!isIPv6(address)) return null;
  let groupsText = address;
  let embeddedV4: IpBytes | null = null;
  const lastColon = address.lastIndexOf(':');
  if (address.slice(lastColon + 1).includes('.')) {
    // A trailing dotted IPv4 (::ffff:10.0.0.1) stands for the last two groups.
    embeddedV4 = parseIpv4(address.slice(lastColon + 1));
    if (!embeddedV4) return null;
    groupsText = `${address.slice(0, lastColon + 1)}0:0`;
  }
  const [head, rest] = groupsText.includes('::') ? groupsText.split('::') : [groupsText, undefined];
  const parse = (part: string | undefined) =>
    part
      ? part
          .split(':')
          .filter((group) => group !== '')
          .map((group) => Number.parseInt(group, 16))
      : [];
  const headGroups = parse(head);
  const restGroups = parse(rest);
  const groups =
    rest === undefined
      ? headGroups
      : [...headGroups, ...new Array(8 - headGroups.length - restGroups.length).fill(0), ...restGroups];
  if (groups.length !== 8) return null;
  const bytes = groups.flatMap((group) => [(group >> 8) & 0xff, group & 0xff]);
  return embeddedV4 ? [...bytes.slice(0, 12), ...embeddedV4] : bytes;
}

export function parseIp(text: string): IpBytes | null {
  return parseIpv4(text) ?? parseIpv6(text);
}

/** Whether `address` lies in `network`/`prefixLength` (both of the same family). */
export function inNetwork(address: IpBytes, network: IpBytes, prefixLength: number): boolean {
  if (address.length !== network.length) return false;
  for (let bit = 0; bit < prefixLength; bit += 8) {
    const mask = prefixLength - bit >= 8 ? 0xff : (0xff << (8 - (prefixLength - bit))) & 0xff;
    const index = bit / 8;
    if (((address[index] ?? 0) & mask) !== ((network[index] ?? 0) & mask)) return false;
  }
  return true;
}

export interface Cidr {
  readonly network: IpBytes;
  readonly prefixLength: number;
  readonly text: string;
}

/** `10.0.0.0/8`, `fd00::/8`, or a single address (a /32 or /128). Null when it is not one. */
export function parseCidr(text: string): Cidr | null {
  const [addressText, prefixText] = text.split('/');
  const network = parseIp(addressText ?? '');
  if (!network) return null;
  const max = network.length * 8;
  const prefixLength = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefixLength) || prefixLength < 0 || prefixLength > max) return null;
  return { network, prefixLength, text };
}
