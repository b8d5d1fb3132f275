import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from '../../fixtures/index.js';
import { iamAccountAliasSet } from './iam-account-alias-set.js';

const withAliases = (aliases: string[]) =>
  new InventoryBuilder().global('iam.accountAliases', aliases).build();

describe('iam-account-alias-set', () => {
  it('passes when the account has an alias, naming it', () => {
    expect(evaluate(iamAccountAliasSet, withAliases(['corp-prod']))).toMatchObject([
      { status: 'PASS', resourceType: 'AwsAccount', evidence: { alias: 'corp-prod' } },
    ]);
  });

  it('fails when the account has no alias', () => {
    expect(evaluate(iamAccountAliasSet, withAliases([]))).toMatchObject([{ status: 'FAIL' }]);
  });

  it('is an ERROR when the aliases cannot be listed', () => {
    const inventory = new InventoryBuilder().globalError('iam.accountAliases', 'AccessDenied').build();
    expect(evaluate(iamAccountAliasSet, inventory)).toMatchObject([
      { status: 'ERROR', errorCode: 'AccessDenied' },
    ]);
  });
});
