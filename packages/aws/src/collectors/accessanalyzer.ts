import { ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';

/** Every analyzer of the region, whatever its type; the checks pick the kinds they count. */
export const accessAnalyzerAnalyzersCollector: RegionalCollector<'accessanalyzer.analyzers'> = {
  slice: 'accessanalyzer.analyzers',
  collect: ({ api, region }) =>
    collectList({
      listPage: (token) => api.call(region, 'accessanalyzer', new ListAnalyzersCommand({ nextToken: token })),
      nextToken: (page) => page.nextToken,
      items: (page) => page.analyzers,
      entry: (analyzer) => ({
        arn: analyzer.arn ?? '',
        name: analyzer.name ?? '',
        type: analyzer.type ?? 'UNKNOWN',
        status: analyzer.status ?? 'UNKNOWN',
      }),
    }),
};
