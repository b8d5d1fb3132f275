import type { GlobalSliceName, RegionalSliceName } from '@orgscan/checks';
import { cloudTrailTrailsCollector } from './cloudtrail.js';
import type { GlobalCollector, RegionalCollector } from './collector.js';
import {
  iamAccountSummaryCollector,
  iamCredentialReportCollector,
  iamPasswordPolicyCollector,
} from './iam.js';

/** One collector per inventory slice; typed so a slice without a collector does not compile. */
export const globalCollectors: { readonly [K in GlobalSliceName]: GlobalCollector<K> } = {
  'iam.accountSummary': iamAccountSummaryCollector,
  'iam.passwordPolicy': iamPasswordPolicyCollector,
  'iam.credentialReport': iamCredentialReportCollector,
};

export const regionalCollectors: { readonly [K in RegionalSliceName]: RegionalCollector<K> } = {
  'cloudtrail.trails': cloudTrailTrailsCollector,
};
