import { describe, expect, it } from 'vitest';
import { rootEmailShape } from './root-email-shape.js';

describe('rootEmailShape', () => {
  it('splits the domain and notes plus-addressing', () => {
    expect(rootEmailShape('aws+prod@Corp.Example')).toEqual({
      domain: 'corp.example',
      plusAddressed: true,
      freeMailDomain: false,
      looksLikePersonName: false,
    });
  });

  it('reads first.last, first_last and f.m.last as names; role words and single words are not', () => {
    const named = (mailbox: string) => rootEmailShape(`${mailbox}@corp.example`)?.looksLikePersonName;
    expect(named('jane.doe')).toBe(true);
    expect(named('jane_doe')).toBe(true);
    expect(named('j.m.doe')).toBe(true);
    expect(named('security.team')).toBe(false);
    expect(named('aws.root')).toBe(false);
    expect(named('janedoe')).toBe(false);
    expect(named('aws-prod')).toBe(false);
    expect(named('jane.doe2')).toBe(false);
  });

  it('knows free-mail domains', () => {
    expect(rootEmailShape('x@outlook.com')?.freeMailDomain).toBe(true);
    expect(rootEmailShape('x@proton.me')?.freeMailDomain).toBe(true);
    expect(rootEmailShape('x@mail.corp.example')?.freeMailDomain).toBe(false);
  });

  it('gives null for text that is not an address', () => {
    expect(rootEmailShape('nobody')).toBeNull();
    expect(rootEmailShape('@corp.example')).toBeNull();
    expect(rootEmailShape('someone@')).toBeNull();
  });
});
