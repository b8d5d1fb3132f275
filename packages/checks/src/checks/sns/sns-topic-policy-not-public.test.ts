import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, snsTopic } from '../../fixtures/index.js';
import type { SnsTopic } from '../../inventory/sns.js';
import { parsePolicyDocument } from '../../policy/policy-document.js';
import { snsTopicPolicyNotPublic } from './sns-topic-policy-not-public.js';

const statements = (statement: object) =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: [statement] })).statements;

/** The policy SNS gives every new topic: everyone, but only on behalf of the owner account. */
const defaultPolicy = statements({
  Sid: '__default_statement_ID',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'],
  Resource: 'arn:aws:sns:us-east-1:111111111111:alerts',
  Condition: { StringEquals: { 'AWS:SourceOwner': '111111111111' } },
});

const judge = (topics: SnsTopic[], region = 'us-east-1') =>
  evaluate(snsTopicPolicyNotPublic, new InventoryBuilder().regional(region, 'sns.topics', topics).build());

describe('sns-topic-policy-not-public', () => {
  it("passes the default topic policy (Principal '*' narrowed to the owner by AWS:SourceOwner)", () => {
    expect(judge([snsTopic('alerts', { policyStatements: defaultPolicy })])).toMatchObject([
      {
        status: 'PASS',
        resourceId: 'arn:aws:sns:us-east-1:111111111111:alerts',
        resourceType: 'AwsSnsTopic',
        region: 'us-east-1',
      },
    ]);
  });

  it('passes a topic open to the organization only (aws:PrincipalOrgID)', () => {
    const orgOnly = statements({
      Effect: 'Allow',
      Principal: '*',
      Action: 'sns:Publish',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-demo123456' } },
    });
    expect(judge([snsTopic('org-events', { policyStatements: orgOnly })])).toMatchObject([
      { status: 'PASS' },
    ]);
  });

  it("fails a topic granting Principal '*' without a narrowing condition, naming the statement", () => {
    const open = statements({
      Sid: 'AnyonePublish',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 'sns:Publish',
      Resource: '*',
    });
    const [finding] = judge([snsTopic('public-alerts', { policyStatements: open })]);
    expect(finding).toMatchObject({ status: 'FAIL', evidence: { statements: ['AnyonePublish'] } });
    expect(finding?.message).toContain("statement 'AnyonePublish' (sns:Publish)");
  });

  it('fails despite a condition that does not narrow who (aws:SecureTransport)', () => {
    const transportOnly = statements({
      Effect: 'Allow',
      Principal: '*',
      Action: 'sns:Subscribe',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    expect(judge([snsTopic('t', { policyStatements: transportOnly })])).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR for a topic whose policy could not be parsed', () => {
    expect(judge([snsTopic('broken', { policyStatements: null })])).toMatchObject([
      { status: 'ERROR', errorCode: 'PolicyUnparseable' },
    ]);
  });

  it('passes the region when it has no topic', () => {
    expect(judge([], 'eu-west-1')).toMatchObject([
      { status: 'PASS', resourceId: 'arn:aws:account::111111111111:account/eu-west-1', region: 'eu-west-1' },
    ]);
  });

  it('is an ERROR with the AWS code when the topics could not be read', () => {
    const inventory = new InventoryBuilder()
      .regionalError('sa-east-1', 'sns.topics', 'AccessDenied', 'sns:ListTopics')
      .build();
    expect(evaluate(snsTopicPolicyNotPublic, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied', region: 'sa-east-1' },
    ]);
  });
});
