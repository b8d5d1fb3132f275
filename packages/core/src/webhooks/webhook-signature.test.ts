import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { deliveryMessageId, generateSigningSecret, signWebhook } from './webhook-signature.js';

describe('Standard Webhooks signature', () => {
  it('is verified by the standardwebhooks package, and a changed body or secret fails', () => {
    const secret = generateSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: 'finding.opened', data: { dedupeKey: 'abc' } });
    const headers = signWebhook(secret, 'msg_1', new Date(), body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, { ...headers })).toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(body, { ...headers })).toThrow();
  });

  it('keeps the message id of a delivery the same for every attempt', () => {
    const id = '3f1c2b9a-8d4e-4c1f-9a2b-7e6d5c4b3a21';
    expect(deliveryMessageId(id)).toBe(deliveryMessageId(id));
    expect(deliveryMessageId(id)).toBe('msg_3f1c2b9a8d4e4c1f9a2b7e6d5c4b3a21');
  });
});
