import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from './logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', name: 'test', destination }) };
}

describe('logger', () => {
  it('blanks credentials, tokens and authorization headers wherever they appear', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        req: { headers: { authorization: 'Bearer abc.def', 'x-api-key': 'osk_live_1234' } },
        session: { accessKeyId: 'ASIAXXXX', secretAccessKey: 'wJalrXUtnFEMI', sessionToken: 'IQoJb3JpZ2lu' },
        output: { Credentials: { SecretAccessKey: 'shh' } },
        org: { externalId: 'ext-123' },
        webhook: { secret: 'whsec_abc' },
        ok: 'visible',
      },
      'call',
    );
    const line = lines.join('');
    for (const secret of [
      'abc.def',
      'osk_live_1234',
      'ASIAXXXX',
      'wJalrXUtnFEMI',
      'IQoJb3JpZ2lu',
      'shh',
      'ext-123',
      'whsec_abc',
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('visible');
    expect(line).toContain('[redacted]');
  });

  it('removes the password of a connection string', () => {
    expect(redactUrl('postgres://orgscan:s3cr3t@db:5432/orgscan')).toBe(
      'postgres://orgscan:***@db:5432/orgscan',
    );
    expect(redactUrl('not a url')).toBe('[unparseable url]');
  });
});
