import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from './policy-document.js';
import { grantsToEveryone, hasNarrowingCondition, publicGrants, summarizeGrants } from './public-access.js';

const statements = (...Statement: object[]) =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement })).statements;

const allowAll = (extra: object = {}) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 'sqs:SendMessage',
  Resource: 'arn:aws:sqs:us-east-1:111111111111:q',
  ...extra,
});

const narrowed = (condition: object) =>
  hasNarrowingCondition(statements(allowAll({ Condition: condition }))[0]!);

describe('public grants (CIS 2.21)', () => {
  it('reports Principal "*" and {"AWS": "*"} without conditions, with sid and actions', () => {
    const grants = publicGrants(
      statements(allowAll({ Sid: 'Open' }), {
        Effect: 'Allow',
        Principal: { AWS: ['*'] },
        Action: ['s3:GetObject', 's3:ListBucket'],
      }),
    );
    expect(grants).toEqual([
      { index: 0, sid: 'Open', actions: ['sqs:SendMessage'] },
      { index: 1, sid: null, actions: ['s3:GetObject', 's3:ListBucket'] },
    ]);
    expect(summarizeGrants(grants)).toBe(
      "statement 'Open' (sqs:SendMessage); statement #2 (s3:GetObject, s3:ListBucket)",
    );
  });

  it('ignores Deny statements and named principals, including service principals', () => {
    expect(
      publicGrants(
        statements(
          { Effect: 'Deny', Principal: '*', Action: '*' },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: '*' },
          { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject' },
        ),
      ),
    ).toEqual([]);
  });

  it('treats an AWS principal in any account as everyone', () => {
    const [anyRoot, oneRoot] = statements(
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: 'sqs:SendMessage' },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: 'sqs:SendMessage' },
    );
    expect(grantsToEveryone(anyRoot!)).toBe(true);
    expect(grantsToEveryone(oneRoot!)).toBe(false);
  });

  it('treats Allow with NotPrincipal as everyone-but, and NotAction grants as such', () => {
    const [statement] = statements({
      Effect: 'Allow',
      NotPrincipal: { AWS: 'arn:aws:iam::111111111111:root' },
      NotAction: 'sqs:DeleteQueue',
    });
    expect(grantsToEveryone(statement!)).toBe(true);
    expect(publicGrants([statement!])).toEqual([
      { index: 0, sid: null, actions: ['NotAction:sqs:DeleteQueue'] },
    ]);
  });

  it('accepts specific account, ARN, organization and network conditions as narrowing', () => {
    expect(narrowed({ StringEquals: { 'aws:SourceAccount': '111111111111' } })).toBe(true);
    expect(narrowed({ StringEquals: { 'AWS:PrincipalAccount': ['111111111111', '222222222222'] } })).toBe(
      true,
    );
    expect(narrowed({ StringEquals: { 'aws:SourceOwner': '111111111111' } })).toBe(true);
    expect(narrowed({ StringEquals: { 'kms:CallerAccount': '111111111111' } })).toBe(true);
    expect(narrowed({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111111111111:*' } })).toBe(true);
    expect(narrowed({ ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::my-bucket' } })).toBe(true);
    expect(narrowed({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } })).toBe(true);
    expect(
      narrowed({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123def4/r-ab12/ou-ab12-1/*' } }),
    ).toBe(true);
    expect(narrowed({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } })).toBe(true);
    expect(narrowed({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })).toBe(true);
  });

  it('does not accept conditions that admit anyone', () => {
    // Wildcards where the identity should be.
    expect(narrowed({ StringLike: { 'aws:SourceAccount': '*' } })).toBe(false);
    expect(narrowed({ StringLike: { 'aws:SourceAccount': '1111*' } })).toBe(false);
    expect(narrowed({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:*:topic' } })).toBe(false);
    expect(narrowed({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } })).toBe(false);
    expect(narrowed({ ArnLike: { 'aws:SourceArn': '*' } })).toBe(false);
    expect(narrowed({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })).toBe(false);
    expect(narrowed({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': '*/r-ab12/*' } })).toBe(false);
    expect(narrowed({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } })).toBe(false);
    expect(narrowed({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '::/0'] } })).toBe(false);
    // Operators that pass when the key is absent, or admit everyone else.
    expect(narrowed({ StringEqualsIfExists: { 'aws:SourceAccount': '111111111111' } })).toBe(false);
    expect(narrowed({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgPaths': 'o-abc123def4/' } })).toBe(
      false,
    );
    expect(narrowed({ StringNotEquals: { 'aws:SourceAccount': '111111111111' } })).toBe(false);
    // Keys that restrict how, not who.
    expect(narrowed({ Bool: { 'aws:SecureTransport': 'true' } })).toBe(false);
    expect(narrowed({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } })).toBe(false);
  });

  it('is narrowed when any one of several conditions narrows (conditions are ANDed)', () => {
    expect(
      narrowed({
        Bool: { 'aws:SecureTransport': 'true' },
        StringEquals: { 'aws:SourceAccount': '111111111111' },
      }),
    ).toBe(true);
  });

  it('is not public when a Deny guard rejects everyone outside the organization', () => {
    const guard = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } },
    };
    const allow = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
    expect(publicGrants(statements(allow, guard))).toEqual([]);
  });

  it('does not count a Deny guard that misses actions or resources, or carries other conditions', () => {
    const allow = { Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' };
    const orgGuard = { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } };
    const narrowGuard = {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: orgGuard,
    };
    const otherBucket = {
      Effect: 'Deny',
      Principal: '*',
      Action: '*',
      Resource: 'arn:aws:s3:::other/*',
      Condition: orgGuard,
    };
    const httpOnly = {
      Effect: 'Deny',
      Principal: '*',
      Action: '*',
      Resource: '*',
      Condition: { ...orgGuard, Bool: { 'aws:SecureTransport': 'false' } },
    };
    for (const guard of [narrowGuard, otherBucket, httpOnly]) {
      expect(publicGrants(statements(allow, guard))).toHaveLength(1);
    }
  });
});
