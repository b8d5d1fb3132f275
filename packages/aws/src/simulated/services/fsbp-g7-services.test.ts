import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { apigatewayRestApisCollector } from '../../collectors/apigateway.js';
import { wafv2WebAclsCollector } from '../../collectors/wafv2.js';
import { callSimulated } from '../../test-support/simulated-call.js';
import { openSimulatedMemberAccount } from '../../test-support/simulated-member-account.js';
import { demoFsbpG7Services } from '../demo/fsbp-g7-demo.js';
import { DEMO_ACCOUNTS, demoOrganization } from '../demo-org.js';
import type { SimulatedAccount } from '../org-description.js';
import { type AccountServices, AccountServicesSchema } from '../state/account-services.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const ORG = demoOrganization();
const ACCOUNT_ID = '123456789012';

function caller(services: AccountServices = {}): SimulatedAccount {
  return { ...ORG.accounts[0]!, id: ACCOUNT_ID, services };
}

function call(operation: string, input: object, account = caller(), region = 'us-east-1') {
  return callSimulated(operation, { org: ORG, caller: account, region, input, now: NOW });
}

describe('simulated API Gateway (REST APIs)', () => {
  const account = caller({
    apigateway: {
      regions: {
        'eu-west-1': {
          restApis: [
            { id: 'aaaaaaaaa1', name: 'plain', stages: [{ name: 'dev' }] },
            { id: 'aaaaaaaaa2', name: 'undeployed' },
            { id: 'aaaaaaaaa3', name: 'third' },
          ],
        },
      },
    },
  });

  it('has no REST API in a fresh account, and answers NotFoundException for an unknown API', () => {
    expect(call('apigateway:GetRestApis', {})).toEqual({ items: [] });
    expect(() => call('apigateway:GetStages', { restApiId: 'missing' })).toThrow(
      expect.objectContaining({ name: 'NotFoundException' }),
    );
  });

  it('pages REST APIs by position like AWS', () => {
    const first = call('apigateway:GetRestApis', { limit: 2 }, account, 'eu-west-1');
    expect(first.items.map((item: { id: string }) => item.id)).toEqual(['aaaaaaaaa1', 'aaaaaaaaa2']);
    const second = call(
      'apigateway:GetRestApis',
      { limit: 2, position: first.position },
      account,
      'eu-west-1',
    );
    expect(second.items.map((item: { id: string }) => item.id)).toEqual(['aaaaaaaaa3']);
    expect(second.position).toBeUndefined();
  });

  it('gives a stage created without options no certificate, no tracing, no WAF and no caching', () => {
    const { item } = call('apigateway:GetStages', { restApiId: 'aaaaaaaaa1' }, account, 'eu-west-1');
    expect(item).toEqual([
      expect.objectContaining({ stageName: 'dev', tracingEnabled: false, methodSettings: {} }),
    ]);
    expect(item[0].clientCertificateId).toBeUndefined();
    expect(item[0].webAclArn).toBeUndefined();
    expect(call('apigateway:GetStages', { restApiId: 'aaaaaaaaa2' }, account, 'eu-west-1')).toEqual({
      item: [],
    });
  });
});

describe('the demo organization (FSBP group g7)', () => {
  it('plants states that match the schema', () => {
    for (const id of Object.values(DEMO_ACCOUNTS)) {
      expect([...Value.Errors(AccountServicesSchema, demoFsbpG7Services(id))], id).toEqual([]);
    }
  });

  it('gives prod-web a REST API with a compliant stage and a stage without any FSBP setting', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const [storefront, ...others] = await apigatewayRestApisCollector.collect(account.context('us-east-1'));
      expect(others).toEqual([]);
      expect(storefront?.stages).toMatchObject({
        ok: true,
        value: [
          {
            name: 'prod',
            hasClientCertificate: true,
            tracingEnabled: true,
            webAclArn: expect.stringContaining(':regional/webacl/storefront-acl/'),
            cachingMethodSettings: [{ method: '*/*', cacheDataEncrypted: true }],
          },
          {
            name: 'beta',
            hasClientCertificate: false,
            tracingEnabled: false,
            webAclArn: null,
            cachingMethodSettings: [{ method: '/products/GET', cacheDataEncrypted: false }],
          },
        ],
      });
      await expect(apigatewayRestApisCollector.collect(account.context('eu-west-1'))).resolves.toEqual([]);
    } finally {
      account.close();
    }
  });
});

describe('simulated AWS WAF (v2)', () => {
  const account = caller({
    wafv2: {
      regions: { 'eu-west-1': { webAcls: [{ name: 'bare', id: '00000000-0000-4000-8000-000000000001' }] } },
      cloudfrontWebAcls: [{ name: 'cdn', id: '00000000-0000-4000-8000-000000000002', rules: ['r1', 'r2'] }],
    },
  });

  it('has no web ACL in a fresh account', () => {
    expect(call('wafv2:ListWebACLs', { Scope: 'REGIONAL' })).toEqual({ WebACLs: [] });
    expect(call('wafv2:ListWebACLs', { Scope: 'CLOUDFRONT' })).toEqual({ WebACLs: [] });
  });

  it('lists REGIONAL web ACLs per region and CLOUDFRONT ones only in us-east-1', () => {
    expect(call('wafv2:ListWebACLs', { Scope: 'REGIONAL' }, account, 'eu-west-1').WebACLs).toMatchObject([
      {
        Name: 'bare',
        ARN: `arn:aws:wafv2:eu-west-1:${ACCOUNT_ID}:regional/webacl/bare/00000000-0000-4000-8000-000000000001`,
      },
    ]);
    expect(call('wafv2:ListWebACLs', { Scope: 'CLOUDFRONT' }, account).WebACLs).toMatchObject([
      {
        Name: 'cdn',
        ARN: `arn:aws:wafv2:us-east-1:${ACCOUNT_ID}:global/webacl/cdn/00000000-0000-4000-8000-000000000002`,
      },
    ]);
    expect(() => call('wafv2:ListWebACLs', { Scope: 'CLOUDFRONT' }, account, 'eu-west-1')).toThrow(
      expect.objectContaining({ name: 'WAFInvalidParameterException' }),
    );
  });

  it('answers a web ACL with its rules, none for one created with its default action only', () => {
    const cdn = call(
      'wafv2:GetWebACL',
      { Scope: 'CLOUDFRONT', Name: 'cdn', Id: '00000000-0000-4000-8000-000000000002' },
      account,
    );
    expect(cdn.WebACL.Rules.map((rule: { Name: string }) => rule.Name)).toEqual(['r1', 'r2']);
    const bare = call(
      'wafv2:GetWebACL',
      { Scope: 'REGIONAL', Name: 'bare', Id: '00000000-0000-4000-8000-000000000001' },
      account,
      'eu-west-1',
    );
    expect(bare.WebACL.Rules).toEqual([]);
    expect(() =>
      call('wafv2:GetWebACL', { Scope: 'REGIONAL', Name: 'bare', Id: 'missing' }, account, 'eu-west-1'),
    ).toThrow(expect.objectContaining({ name: 'WAFNonexistentItemException' }));
  });
});

describe('the demo organization (FSBP group g7): web ACLs', () => {
  it('gives prod-web two REGIONAL web ACLs (one empty) and a CLOUDFRONT one in us-east-1, none elsewhere', async () => {
    const account = await openSimulatedMemberAccount(ORG, DEMO_ACCOUNTS.prodWeb, NOW);
    try {
      const webAcls = await wafv2WebAclsCollector.collect(account.context('us-east-1'));
      expect(webAcls.map(({ name, scope, ruleCount }) => [name, scope, ruleCount])).toEqual([
        ['storefront-acl', 'REGIONAL', { ok: true, value: 1 }],
        ['staging-acl', 'REGIONAL', { ok: true, value: 0 }],
        ['cdn-acl', 'CLOUDFRONT', { ok: true, value: 1 }],
      ]);
      await expect(wafv2WebAclsCollector.collect(account.context('eu-west-1'))).resolves.toEqual([]);
    } finally {
      account.close();
    }
  });
});
