import type * as AccessAnalyzer from '@aws-sdk/client-accessanalyzer';
import { governanceOf, inRegions } from '../state/area-state.js';
import { daysBefore, page } from './simulated-answers.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof AccessAnalyzer>> = SimulatedAnswer<
  typeof AccessAnalyzer,
  Op
>;

const LIST_PAGE_SIZE = 20;

/** Simulated IAM Access Analyzer: the analyzers of `services.governance.accessAnalyzers`. */
export const simulatedAccessAnalyzer = {
  ListAnalyzers: ({ caller, region, input, now }): Answer<'ListAnalyzers'> => {
    const analyzers = (governanceOf(caller).accessAnalyzers ?? [])
      .filter((analyzer) => inRegions(analyzer.regions, region))
      .filter((analyzer) => input.type === undefined || analyzer.type === input.type)
      .map((analyzer) => ({
        arn: `arn:aws:access-analyzer:${region}:${caller.id}:analyzer/${analyzer.name}`,
        name: analyzer.name,
        type: analyzer.type,
        createdAt: daysBefore(now, 200),
        status: analyzer.status ?? 'ACTIVE',
        tags: {},
      }));
    const { items, next } = page(analyzers, input.nextToken, input.maxResults ?? LIST_PAGE_SIZE);
    return { analyzers: items, ...(next ? { nextToken: next } : {}) };
  },
} satisfies SimulatedService<typeof AccessAnalyzer>;
