import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder, readFailed, readOk } from '../../fixtures/index.js';
import type { Wafv2WebAcl } from '../../inventory/wafv2.js';
import { wafv2WebAclRulesPresent } from './wafv2-web-acl-rules-present.js';

const webAcl = (name: string, fields: Partial<Wafv2WebAcl> = {}): Wafv2WebAcl => ({
  arn: `arn:aws:wafv2:us-east-1:111111111111:regional/webacl/${name}/0f1e2d3c`,
  name,
  scope: 'REGIONAL',
  ruleCount: readOk(2),
  ...fields,
});

const inRegion = (...webAcls: Wafv2WebAcl[]) =>
  evaluate(
    wafv2WebAclRulesPresent,
    new InventoryBuilder().regional('us-east-1', 'wafv2.webAcls', webAcls).build(),
  );

describe('wafv2-web-acl-rules-present', () => {
  it('passes the region when it has no web ACL', () => {
    expect(inRegion()).toMatchObject([{ status: 'PASS', resourceType: 'AwsAccountRegion' }]);
  });

  it('passes web ACLs with rules and fails empty ones, of either scope', () => {
    const findings = inRegion(webAcl('api'), webAcl('cdn', { scope: 'CLOUDFRONT', ruleCount: readOk(0) }));
    expect(findings).toMatchObject([
      { status: 'PASS', resourceType: 'AwsWafv2WebAcl', resourceId: webAcl('api').arn },
      { status: 'FAIL', resourceType: 'AwsWafv2WebAcl', resourceId: webAcl('cdn').arn },
    ]);
    expect(findings[1]?.message).toBe('CLOUDFRONT web ACL cdn has no rule or rule group.');
  });

  it('is an ERROR with the AWS code for an unreadable web ACL, and for an unreadable list', () => {
    expect(
      inRegion(webAcl('locked', { ruleCount: readFailed('AccessDeniedException', 'wafv2:GetWebACL') })),
    ).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException', resourceType: 'AwsWafv2WebAcl' },
    ]);
    const inventory = new InventoryBuilder()
      .regionalError('us-east-1', 'wafv2.webAcls', 'AccessDeniedException', 'wafv2:ListWebACLs')
      .build();
    expect(evaluate(wafv2WebAclRulesPresent, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDeniedException' },
    ]);
  });
});
