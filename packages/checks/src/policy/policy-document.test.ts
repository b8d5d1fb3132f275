import { describe, expect, it } from 'vitest';
import {
  PolicyParseError,
  parsePolicyDocument,
  statementCoversAction,
  statementHasPublicPrincipal,
  wildcardMatches,
} from './policy-document.js';

describe('policy documents', () => {
  it('normalizes single values, single statements and principals', () => {
    const document = parsePolicyDocument(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::b/*',
          Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
        },
      }),
    );
    expect(document.statements).toEqual([
      {
        sid: null,
        effect: 'Allow',
        principals: { '*': ['*'] },
        notPrincipals: null,
        actions: ['s3:GetObject'],
        notActions: [],
        resources: ['arn:aws:s3:::b/*'],
        notResources: [],
        conditions: { StringEquals: { 'aws:sourcevpce': ['vpce-1'] } },
      },
    ]);
  });

  it('reads URL-encoded documents as IAM returns them', () => {
    const encoded = encodeURIComponent(
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
    );
    expect(parsePolicyDocument(encoded).statements[0]).toMatchObject({ actions: ['*'], resources: ['*'] });
  });

  it('rejects what is not a policy', () => {
    expect(() => parsePolicyDocument('not json')).toThrow(PolicyParseError);
    expect(() => parsePolicyDocument('{"Statement":[{"Action":"*"}]}')).toThrow(/Effect/);
  });

  it('matches IAM wildcards case-insensitively', () => {
    expect(wildcardMatches('s3:Get*', 's3:getobject')).toBe(true);
    expect(wildcardMatches('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(wildcardMatches('s3:Get*', 's3:PutObject')).toBe(false);
    expect(wildcardMatches('*', 'iam:CreateUser')).toBe(true);
  });

  it('covers actions through Action and NotAction', () => {
    const [allow, notAction] = parsePolicyDocument(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Action: ['iam:*'], Resource: '*' },
          { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
        ],
      }),
    ).statements;
    expect(statementCoversAction(allow!, 'iam:PassRole')).toBe(true);
    expect(statementCoversAction(notAction!, 'iam:PassRole')).toBe(false);
    expect(statementCoversAction(notAction!, 's3:GetObject')).toBe(true);
  });

  it('recognizes a public principal', () => {
    const [star, awsStar, account] = parsePolicyDocument(
      JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: '*' },
          { Effect: 'Allow', Principal: { AWS: ['*'] }, Action: '*' },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: '*' },
        ],
      }),
    ).statements;
    expect([star, awsStar, account].map((statement) => statementHasPublicPrincipal(statement!))).toEqual([
      true,
      true,
      false,
    ]);
  });
});
