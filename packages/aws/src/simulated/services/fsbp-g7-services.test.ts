import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { apigatewayRestApisCollector } from '../../collectors/apigateway.js';
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
