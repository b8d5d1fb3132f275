import { ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';

/** Every analyzer of the region, whatever its type; the checks pick the kinds they count. */
export const accessAnalyzerAnalyzersCollector: RegionalCollector<'accessanalyzer.analyzers'> = {
  slice: 'accessanalyzer.analyzers',
  async collect({ api, region }) {
    const pages = await allPages(
      (token) => api.call(region, 'accessanalyzer', new ListAnalyzersCommand({ nextToken: token })),
      (page) => page.nextToken,
    );
    return pages
      .flatMap((page) => page.analyzers ?? [])
      .map((analyzer) => ({
        arn: analyzer.arn ?? '',
        name: analyzer.name ?? '',
        type: analyzer.type ?? 'UNKNOWN',
        status: analyzer.status ?? 'UNKNOWN',
      }));
  },
};
