import type { AccessAnalyzer } from '../../inventory/accessanalyzer.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/** Analyzers that report access from outside the zone of trust; unused- and internal-access ones do not. */
const EXTERNAL_ACCESS_TYPES: ReadonlySet<string> = new Set(['ACCOUNT', 'ORGANIZATION']);

const isActiveExternal = (analyzer: AccessAnalyzer) =>
  EXTERNAL_ACCESS_TYPES.has(analyzer.type) && analyzer.status === 'ACTIVE';

export const accessanalyzerExternalAnalyzerActive = defineCheck({
  id: 'accessanalyzer-external-analyzer-active',
  title: 'An IAM Access Analyzer external access analyzer is active in every region',
  service: 'accessanalyzer',
  severity: 'medium',
  scope: 'regional',
  requires: ['accessanalyzer.analyzers'],
  // An ORGANIZATION analyzer of the management account analyzes every member's resources in its region.
  orgRequires: ['accessanalyzer.analyzers'],
  compliance: { 'cis-aws-7.0.0': ['2.18'] },
  remediation: {
    text: 'Create an external access analyzer (type ACCOUNT, or ORGANIZATION from the management or delegated administrator account) in every enabled region.',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  evaluate(ctx) {
    const own = ctx.sliceResult('accessanalyzer.analyzers');
    const active = own.ok ? own.value.filter(isActiveExternal) : [];
    if (active.length > 0) {
      const analyzers = active.map((analyzer) => analyzer.name);
      return [
        pass(
          ctx.scopeResource,
          `Active external access analyzer(s) in ${ctx.region}: ${analyzers.join(', ')}.`,
          {
            analyzers,
          },
        ),
      ];
    }
    const organization = ctx.orgSliceResult('accessanalyzer.analyzers', ctx.region);
    const covering = organization.ok
      ? organization.value.find(
          (analyzer) => analyzer.type === 'ORGANIZATION' && analyzer.status === 'ACTIVE',
        )
      : undefined;
    if (covering) {
      return [
        pass(
          ctx.scopeResource,
          `Covered in ${ctx.region} by the organization analyzer ${covering.name} of the management account.`,
          { organizationAnalyzer: covering.arn },
        ),
      ];
    }
    // Not covered by the organization: the account's own analyzers decide, and unreadable ones are an ERROR.
    const inactive = ctx
      .slice('accessanalyzer.analyzers')
      .map((analyzer) => `${analyzer.name} (${analyzer.type}, ${analyzer.status})`);
    return [
      fail(
        ctx.scopeResource,
        `No active external access analyzer in ${ctx.region}${inactive.length > 0 ? `; present but not counting: ${inactive.join(', ')}` : ''}.`,
        { otherAnalyzers: inactive },
      ),
    ];
  },
});
