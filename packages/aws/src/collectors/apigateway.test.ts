import { APIGatewayClient, GetRestApisCommand, GetStagesCommand } from '@aws-sdk/client-api-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsApi } from '../aws-api.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { apigatewayRestApisCollector } from './apigateway.js';
import type { CollectorContext } from './collector.js';

const apigatewayMock = mockClient(APIGatewayClient);

beforeEach(() => {
  apigatewayMock.reset();
});

afterAll(() => {
  apigatewayMock.restore();
});

const context = (api: AwsApi): CollectorContext => ({
  api,
  accountId: TEST_ACCOUNT_ID,
  partition: 'aws',
  region: 'us-east-1',
  sleep: async () => {},
});

const apiArn = (id: string) => `arn:aws:apigateway:us-east-1::/restapis/${id}`;

describe('apigatewayRestApisCollector', () => {
  it('lists every page of REST APIs, each with its stages’ certificate, tracing, WAF and caching settings', async () => {
    apigatewayMock
      .on(GetRestApisCommand)
      .resolvesOnce({ items: [{ id: 'a1', name: 'orders' }], position: 'page-2' })
      .resolves({ items: [{ id: 'b2', name: 'empty' }] });
    apigatewayMock.on(GetStagesCommand, { restApiId: 'a1' }).resolves({
      item: [
        {
          stageName: 'prod',
          clientCertificateId: 'cert1',
          tracingEnabled: true,
          webAclArn: 'arn:aws:wafv2:us-east-1:111111111111:regional/webacl/edge/1',
          methodSettings: {
            '*/*': { cachingEnabled: true, cacheDataEncrypted: true },
            '/pets/GET': { cachingEnabled: true, cacheDataEncrypted: false },
            '/pets/POST': { cachingEnabled: false, cacheDataEncrypted: false },
          },
        },
        { stageName: 'dev' },
      ],
    });
    apigatewayMock.on(GetStagesCommand, { restApiId: 'b2' }).resolves({});

    expect(await apigatewayRestApisCollector.collect(context(mockedApi().api))).toEqual([
      {
        id: 'a1',
        name: 'orders',
        arn: apiArn('a1'),
        stages: {
          ok: true,
          value: [
            {
              arn: `${apiArn('a1')}/stages/prod`,
              name: 'prod',
              hasClientCertificate: true,
              tracingEnabled: true,
              webAclArn: 'arn:aws:wafv2:us-east-1:111111111111:regional/webacl/edge/1',
              cachingMethodSettings: [
                { method: '*/*', cacheDataEncrypted: true },
                { method: '/pets/GET', cacheDataEncrypted: false },
              ],
            },
            {
              arn: `${apiArn('a1')}/stages/dev`,
              name: 'dev',
              hasClientCertificate: false,
              tracingEnabled: false,
              webAclArn: null,
              cachingMethodSettings: [],
            },
          ],
        },
      },
      { id: 'b2', name: 'empty', arn: apiArn('b2'), stages: { ok: true, value: [] } },
    ]);
    expect(apigatewayMock.commandCalls(GetRestApisCommand).map((call) => call.args[0].input)).toEqual([
      { limit: 500 },
      { limit: 500, position: 'page-2' },
    ]);
    expect(apigatewayMock.commandCalls(GetStagesCommand)).toHaveLength(2);
  });

  it('keeps unreadable stages as that API’s error and drops an API deleted since the listing', async () => {
    apigatewayMock.on(GetRestApisCommand).resolves({
      items: [
        { id: 'locked', name: 'locked' },
        { id: 'gone', name: 'gone' },
      ],
    });
    apigatewayMock
      .on(GetStagesCommand, { restApiId: 'locked' })
      .rejects(awsError('AccessDeniedException', 403));
    apigatewayMock.on(GetStagesCommand, { restApiId: 'gone' }).rejects(awsError('NotFoundException', 404));

    expect(await apigatewayRestApisCollector.collect(context(mockedApi().api))).toEqual([
      {
        id: 'locked',
        name: 'locked',
        arn: apiArn('locked'),
        stages: { ok: false, code: 'AccessDeniedException', operation: 'apigateway:GetStages' },
      },
    ]);
  });

  it('fails the slice with the AWS code when GetRestApis is denied', async () => {
    apigatewayMock.on(GetRestApisCommand).rejects(awsError('AccessDeniedException', 403));
    await expect(apigatewayRestApisCollector.collect(context(mockedApi().api))).rejects.toMatchObject({
      code: 'AccessDeniedException',
      operation: 'apigateway:GetRestApis',
    });
  });
});
