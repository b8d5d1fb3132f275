import { describe, expect, it } from 'vitest';
import { secretShapedVariables } from './secret-shaped-env.js';

// Shapes only: these are documentation examples, not credentials.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('secretShapedVariables', () => {
  it('flags access key ids (long-term and temporary) anywhere in a value', () => {
    expect(
      secretShapedVariables([
        ['AWS_ACCESS_KEY_ID', KEY_ID],
        ['CONNECTION', `s3://${'ASIA'}ABCDEFGHIJKLMNOP@bucket`],
      ]),
    ).toEqual([
      { name: 'AWS_ACCESS_KEY_ID', reason: 'access-key-id' },
      { name: 'CONNECTION', reason: 'access-key-id' },
    ]);
  });

  it('does not take longer runs of capitals for a key id', () => {
    expect(
      secretShapedVariables([
        ['ID', 'XAKIAIOSFODNN7EXAMPLE'],
        ['ID2', `${KEY_ID}X`],
      ]),
    ).toEqual([]);
  });

  it('flags a 40-character secret next to a key id, or named like a secret access key', () => {
    expect(
      secretShapedVariables([
        ['K', KEY_ID],
        ['S', SECRET],
      ]),
    ).toEqual([
      { name: 'K', reason: 'access-key-id' },
      { name: 'S', reason: 'secret-access-key' },
    ]);
    expect(secretShapedVariables([['aws_secret_access_key', SECRET]])).toEqual([
      { name: 'aws_secret_access_key', reason: 'secret-access-key' },
    ]);
    // A lone 40-character value (a git commit hash, say) is not a secret.
    expect(secretShapedVariables([['BUILD_SHA', 'a'.repeat(40)]])).toEqual([]);
  });

  it('flags secret-like names with a value, but not references or empty values', () => {
    expect(
      secretShapedVariables([
        ['DB_PASSWORD', 'hunter2'],
        ['githubToken', 'ghp_x'],
        ['STRIPE_API_KEY', 'sk_live_x'],
        ['DB_PASSWORD_SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db'],
        ['API_TOKEN', 'arn:aws:ssm:us-east-1:111111111111:parameter/token'],
        ['SECRET_NAME', 'prod/db'],
        ['TOKEN_ENDPOINT', 'https://login.example.com/token'],
        ['EMPTY_SECRET', ''],
        ['LOG_LEVEL', 'debug'],
      ]),
    ).toEqual([
      { name: 'DB_PASSWORD', reason: 'secret-name' },
      { name: 'githubToken', reason: 'secret-name' },
      { name: 'STRIPE_API_KEY', reason: 'secret-name' },
    ]);
  });

  it('never returns values', () => {
    const found = secretShapedVariables([['AWS_ACCESS_KEY_ID', KEY_ID]]);
    expect(JSON.stringify(found)).not.toContain(KEY_ID);
  });
});
