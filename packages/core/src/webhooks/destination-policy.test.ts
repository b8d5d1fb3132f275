import { describe, expect, it } from 'vitest';
import { blockedAddressClass, DestinationNotAllowedError, DestinationPolicy } from './destination-policy.js';
import { parseAddress } from './ip-address.js';

describe('blocked address classes', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrier-grade-nat'],
    ['100.127.255.254', 'carrier-grade-nat'],
    ['169.254.169.254', 'link-local'],
    ['169.254.0.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fd00:ec2::254', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    // IPv4-mapped, IPv4-compatible, NAT64 and 6to4 forms carry the IPv4 address they embed.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:224.0.0.1', 'multicast'],
    ['::ffff:100.64.0.1', 'carrier-grade-nat'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
    // IPv4-translated (RFC 6145), NAT64 local-use (RFC 8215) and Teredo (RFC 4380) embed an IPv4 address too.
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['::ffff:0:7f00:1', 'loopback'],
    ['::ffff:0:a9fe:a9fe', 'link-local'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b:1::a9fe:a9fe', 'link-local'],
    ['64:ff9b:1::10.1.2.3', 'private'],
    // Teredo: the server's IPv4 in bits 32-63, the client's (inverted) in the last 32 bits.
    ['2001:0:7f00:1::', 'loopback'],
    ['2001:0:808:808:0:0:f5ff:fffe', 'private'],
    ['2001:0:808:808::5601:5601', 'link-local'],
    ['2002:a9fe:a9fe::1', 'link-local'],
    ['2002:0a00:0001::', 'private'],
    ['::ffff:192.0.2.1', 'reserved'],
  ])('%s is %s', (address, expected) => {
    expect(blockedAddressClass(address)).toBe(expected);
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '::ffff:0:808:808',
    '2002:808:808::1',
    '2001:0:808:808::f7f7:f7f7',
  ])('%s is public', (address) => {
    expect(blockedAddressClass(address)).toBeNull();
  });

  it('parses every IPv6 text form into the same address', () => {
    expect(parseAddress('::ffff:127.0.0.1')?.toNormalizedString()).toBe(
      parseAddress('0:0:0:0:0:ffff:7f00:0001')?.toNormalizedString(),
    );
    expect(parseAddress('[fd00:ec2::254]')?.toNormalizedString()).toBe(
      parseAddress('fd00:0ec2:0:0:0:0:0:0254%eth0')?.toNormalizedString(),
    );
    expect(parseAddress('not-an-address')).toBeNull();
  });

  it('treats text that is no address as blocked', () => {
    expect(blockedAddressClass('example.com')).toBe('reserved');
  });
});

describe('destination policy', () => {
  const strict = new DestinationPolicy();

  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DestinationNotAllowedError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('accepts public https URLs and refuses http, other schemes and credentials in the URL', () => {
    expect(strict.checkUrl('https://hooks.example.com/orgscan').hostname).toBe('hooks.example.com');
    expect(refusal(() => strict.checkUrl('http://hooks.example.com/'))).toMatch(/use https/);
    expect(refusal(() => strict.checkUrl('ftp://hooks.example.com/'))).toMatch(/ftp/);
    expect(refusal(() => strict.checkUrl('https://user:pass@hooks.example.com/'))).toMatch(/credentials/);
    expect(refusal(() => strict.checkUrl('not a url'))).toMatch(/valid URL/);
  });

  it('refuses literal addresses of every blocked class in the URL itself', () => {
    for (const host of [
      '127.0.0.1',
      '10.0.0.1',
      '169.254.169.254',
      '[fd00:ec2::254]',
      '[::ffff:127.0.0.1]',
      '[::ffff:0:127.0.0.1]:8443',
      '[::ffff:7f00:1]',
      '[64:ff9b:1::7f00:1]',
      '[2001:0:7f00:1::1]',
      '[2002:7f00:1::1]',
      '0.0.0.0',
    ]) {
      expect(refusal(() => strict.checkUrl(`https://${host}/hook`))).toMatch(/address/);
    }
  });

  it('refuses a resolved private address, naming the host and the class', () => {
    expect(refusal(() => strict.checkAddress('rebind.example.com', '169.254.169.254'))).toBe(
      'rebind.example.com resolves to 169.254.169.254, a link-local address; private destinations must be listed in WEBHOOK_ALLOWED_PRIVATE_TARGETS',
    );
    expect(() => strict.checkAddress('hooks.example.com', '93.184.215.14')).not.toThrow();
  });

  it('opens allow-listed CIDRs and hosts, over http too, and nothing else', () => {
    const policy = DestinationPolicy.fromConfig('127.0.0.1/32, 10.20.0.0/16, jira.internal');
    expect(policy.checkUrl('http://127.0.0.1:8080/hook').port).toBe('8080');
    expect(() => policy.checkAddress('receiver', '10.20.3.4')).not.toThrow();
    expect(() => policy.checkAddress('jira.internal', '192.168.7.7')).not.toThrow();
    expect(policy.checkUrl('http://jira.internal/').hostname).toBe('jira.internal');
    expect(refusal(() => policy.checkAddress('receiver', '10.21.0.1'))).toMatch(/private/);
    expect(refusal(() => policy.checkUrl('http://hooks.example.com/'))).toMatch(/use https/);
    expect(refusal(() => policy.checkAddress('receiver', '169.254.169.254'))).toMatch(/link-local/);
    // An allow-listed IPv4 network covers its IPv4-mapped form too.
    expect(() => policy.checkAddress('receiver', '::ffff:10.20.3.4')).not.toThrow();
  });
});
