import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeComparison, judgeFilterPattern } from './cis-metric-filter.js';
import { CIS_METRIC_FILTERS } from './cis-metric-filters.js';
import { parseFilterPattern } from './filter-pattern.js';
import { disjunctiveNormalForm } from './pattern-containment.js';

// The CIS catalog the framework data is generated from, kept in the repository.
const catalogPath = join(dirname(fileURLToPath(import.meta.url)), '../../catalog/cis-aws-foundations.json');

const control = (id: string) => {
  const found = CIS_METRIC_FILTERS.find((candidate) => candidate.controlId === id);
  if (!found) throw new Error(`no control ${id}`);
  return found;
};
const satisfies = (pattern: string, id: string) => judgeFilterPattern(pattern, control(id)).satisfies;

describe('CIS v7.0.0 metric filter patterns', () => {
  it('covers the 15 controls 5.1 to 5.15', () => {
    expect(CIS_METRIC_FILTERS.map((c) => c.controlId)).toEqual(
      Array.from({ length: 15 }, (_, index) => `5.${index + 1}`),
    );
  });

  it.each(CIS_METRIC_FILTERS.map((c) => [c.controlId, c] as const))(
    '%s: the required, recommended and benchmark patterns each satisfy the control',
    (_id, c) => {
      expect(judgeFilterPattern(c.requiredPattern, c)).toEqual({ satisfies: true });
      expect(judgeFilterPattern(c.recommendedPattern, c)).toEqual({ satisfies: true });
      if (c.benchmarkText) expect(judgeFilterPattern(c.benchmarkText, c)).toEqual({ satisfies: true });
    },
  );

  it.each(CIS_METRIC_FILTERS.map((c) => [c.controlId, c] as const))(
    '%s: dropping any one alternative or adding a condition makes the filter narrower',
    (_id, c) => {
      const required = disjunctiveNormalForm(parseFilterPattern(c.requiredPattern))!;
      for (let skipped = 0; skipped < required.length && required.length > 1; skipped += 1) {
        const rest = required.filter((_, index) => index !== skipped);
        const pattern = `{ ${rest.map((conj) => `(${conj.map(describeComparison).join(' && ')})`).join(' || ')} }`;
        expect(judgeFilterPattern(pattern, c)).toMatchObject({ satisfies: false, reason: 'narrower' });
      }
      const extra = c.recommendedPattern.replace(/\}$/, '&& ($.awsRegion = "us-east-1") }');
      expect(judgeFilterPattern(extra, c)).toMatchObject({ satisfies: false, reason: 'narrower' });
    },
  );

  describe('rewrites and variants', () => {
    it('5.1: the benchmark text, read with && before ||, still covers the intended events', () => {
      expect(satisfies(control('5.1').benchmarkText!, '5.1')).toBe(true);
      // The v1.2.0 pattern has no exclusions: broader, so it satisfies v7.0.0.
      expect(satisfies(control('5.1').olderVariants[0]!.pattern, '5.1')).toBe(true);
      expect(
        satisfies(
          '{($.eventName!=HeadBucket)&&($.sourceIPAddress!=delivery.logs.amazonaws.com)&&($.errorCode=AccessDenied*||$.errorCode=*UnauthorizedOperation)}',
          '5.1',
        ),
      ).toBe(true);
      // The v1.4.0-v3.0.0 text joined the exclusions with ||: it matches almost every event. Broader, so it
      // covers the control (a noisy alarm, but no event CIS wants is missed).
      expect(
        satisfies(
          '{ ($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") || ($.sourceIPAddress!="delivery.logs.amazonaws.com") || ($.eventName!="HeadBucket") }',
          '5.1',
        ),
      ).toBe(true);
      // Only one of the two error codes: narrower.
      expect(satisfies('{ $.errorCode = "*UnauthorizedOperation" }', '5.1')).toBe(false);
      // AccessDenied without the wildcard misses AccessDeniedException.
      expect(
        satisfies('{ $.errorCode = "*UnauthorizedOperation" || $.errorCode = "AccessDenied" }', '5.1'),
      ).toBe(false);
    });

    it('5.2: the older variant limited to successful IAM-user sign-ins is narrower than v7.0.0', () => {
      const result = judgeFilterPattern(control('5.2').olderVariants[0]!.pattern, control('5.2'));
      expect(result).toMatchObject({ satisfies: false, reason: 'narrower' });
      expect(
        satisfies('{ $.additionalEventData.MFAUsed = "No" && $.eventName = "ConsoleLogin" }', '5.2'),
      ).toBe(false);
    });

    it('5.3: root usage with unquoted values and no parentheses', () => {
      expect(
        satisfies(
          '{ $.eventType != AwsServiceEvent && $.userIdentity.invokedBy NOT EXISTS && $.userIdentity.type = Root }',
          '5.3',
        ),
      ).toBe(true);
      expect(satisfies('{ $.userIdentity.type = "Root" && $.eventType != "AwsServiceEvent" }', '5.3')).toBe(
        true,
      );
      expect(satisfies('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy IS NULL }', '5.3')).toBe(
        false,
      );
    });

    it('5.10: a filter written before v5.0.0 (without ModifySecurityGroupRules) still counts', () => {
      const names = [
        'AuthorizeSecurityGroupIngress',
        'AuthorizeSecurityGroupEgress',
        'RevokeSecurityGroupIngress',
        'RevokeSecurityGroupEgress',
        'CreateSecurityGroup',
        'DeleteSecurityGroup',
      ];
      expect(satisfies(`{ ${names.map((name) => `($.eventName = ${name})`).join(' || ')} }`, '5.10')).toBe(
        true,
      );
      expect(
        satisfies(
          `{ ${names
            .slice(1)
            .map((name) => `($.eventName = ${name})`)
            .join(' || ')} }`,
          '5.10',
        ),
      ).toBe(false);
    });

    it('5.13: with or without the ec2.amazonaws.com event source, as the benchmark versions wrote it', () => {
      const names = [
        'CreateRoute',
        'CreateRouteTable',
        'ReplaceRoute',
        'ReplaceRouteTableAssociation',
        'DeleteRouteTable',
        'DeleteRoute',
        'DisassociateRouteTable',
      ].map((name) => `($.eventName = ${name})`);
      expect(satisfies(`{ ${names.join(' || ')} }`, '5.13')).toBe(true);
      // v3.0.0 text: the source joined without parentheses, read by AWS as (source && CreateRoute) || ...
      expect(satisfies(`{ ($.eventSource = ec2.amazonaws.com) && ${names.join(' || ')} }`, '5.13')).toBe(
        true,
      );
    });

    it('a filter on every event name covers the controls defined by event names', () => {
      for (const c of CIS_METRIC_FILTERS) {
        // 5.1 and 5.3 name no event: an event without eventName may match them, and `= *` needs one.
        const namesEvents = c.controlId !== '5.1' && c.controlId !== '5.3';
        expect(satisfies('{ $.eventName = * }', c.controlId), c.controlId).toBe(namesEvents);
      }
    });

    it('malformed and text patterns satisfy nothing', () => {
      for (const c of CIS_METRIC_FILTERS) {
        expect(judgeFilterPattern('{ $.eventName = ', c)).toMatchObject({ reason: 'unparseable' });
        expect(judgeFilterPattern('ConsoleLogin', c)).toMatchObject({ reason: 'unparseable' });
        expect(judgeFilterPattern('', c)).toMatchObject({ reason: 'unparseable' });
      }
    });
  });

  it('matches the CIS catalog (regenerate with scripts/generate-metric-filters.mjs)', () => {
    const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as {
      controls: {
        id: string;
        title: string;
        metricFilter?: {
          eventSource?: string;
          optionalEventSource?: string;
          eventNamesAnyOf?: string[];
          optionalEventNames?: string[];
          anyOf?: [string, string, string | null][];
          allOf?: [string, string, string | null][];
          cisPattern?: string;
          variants?: string[];
        };
      }[];
    };
    const withFilters = catalog.controls.filter((c) => c.metricFilter);
    expect(CIS_METRIC_FILTERS.map((c) => c.controlId)).toEqual(withFilters.map((c) => c.id));
    const term = ([field, operator, value]: [string, string, string | null]) =>
      operator === 'NOT EXISTS' ? `$.${field} NOT EXISTS` : `$.${field} ${operator} ${JSON.stringify(value)}`;
    for (const catalogControl of withFilters) {
      const filter = catalogControl.metricFilter!;
      const generated = control(catalogControl.id);
      expect(generated.title).toBe(catalogControl.title);
      expect(generated.benchmarkText).toBe(filter.cisPattern ?? null);
      expect(generated.olderVariants.length).toBe(filter.variants?.length ?? 0);
      // The required pattern tests exactly the catalog's terms.
      const optional = new Set(filter.optionalEventNames ?? []);
      const expected = new Set([
        ...[filter.eventSource ?? filter.optionalEventSource].flatMap((source) =>
          source ? [`$.eventSource = "${source}"`] : [],
        ),
        ...(filter.eventNamesAnyOf ?? []).filter((n) => !optional.has(n)).map((n) => `$.eventName = "${n}"`),
        ...(filter.anyOf ?? []).map(term),
        ...(filter.allOf ?? []).map(term),
      ]);
      const form = disjunctiveNormalForm(parseFilterPattern(generated.requiredPattern))!;
      expect(new Set(form.flat().map(describeComparison)), catalogControl.id).toEqual(expected);
      const alternatives = (filter.eventNamesAnyOf?.length ?? 1) - optional.size;
      expect(form.length, catalogControl.id).toBe(Math.max(1, alternatives) * (filter.anyOf?.length ?? 1));
    }
  });
});
