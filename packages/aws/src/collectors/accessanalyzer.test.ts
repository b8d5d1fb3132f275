import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from '../aws-error.js';
import { awsError, mockedApi, TEST_ACCOUNT_ID } from '../test-support/mock-api.js';
import { accessAnalyzerAnalyzersCollector } from './accessanalyzer.js';
import type { CollectorContext } from './collector.js';

const analyzer = mockClient(AccessAnalyzerClient);

beforeEach(() => {
  analyzer.reset();
});

afterAll(() => {
  analyzer.restore();
});

const REGION = 'eu-west-1';
const ARN = `arn:aws:access-analyzer:${REGION}:${TEST_ACCOUNT_ID}:analyzer`;

function context(): CollectorContext {
  return {
    api: mockedApi().api,
    accountId: TEST_ACCOUNT_ID,
    partition: 'aws',
    region: REGION,
    sleep: async () => {},
  };
}

describe('accessAnalyzerAnalyzersCollector', () => {
  it('lists every analyzer of the region across nextToken pages, keeping type and status', async () => {
    const created = new Date('2025-01-01T00:00:00Z');
    analyzer
      .on(ListAnalyzersCommand, { nextToken: undefined })
      .resolves({
        analyzers: [
          { arn: `${ARN}/external`, name: 'external', type: 'ACCOUNT', status: 'ACTIVE', createdAt: created },
        ],
        nextToken: 't1',
      })
      .on(ListAnalyzersCommand, { nextToken: 't1' })
      .resolves({
        analyzers: [
          {
            arn: `${ARN}/unused`,
            name: 'unused',
            type: 'ACCOUNT_UNUSED_ACCESS',
            status: 'DISABLED',
            createdAt: created,
          },
        ],
      });

    await expect(accessAnalyzerAnalyzersCollector.collect(context())).resolves.toEqual([
      { arn: `${ARN}/external`, name: 'external', type: 'ACCOUNT', status: 'ACTIVE' },
      { arn: `${ARN}/unused`, name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'DISABLED' },
    ]);
    expect(analyzer.commandCalls(ListAnalyzersCommand)).toHaveLength(2);
  });

  it('gives an empty list when the region has no analyzer', async () => {
    analyzer.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    await expect(accessAnalyzerAnalyzersCollector.collect(context())).resolves.toEqual([]);
  });

  it('propagates AccessDenied as an AwsCallError with the code', async () => {
    analyzer
      .on(ListAnalyzersCommand)
      .rejects(
        awsError('AccessDeniedException', 403, 'not authorized to perform: access-analyzer:ListAnalyzers'),
      );
    const failure = accessAnalyzerAnalyzersCollector.collect(context());
    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
      operation: 'accessanalyzer:ListAnalyzers',
    });
  });
});
