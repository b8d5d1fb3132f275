import { unreadableField } from '../../inventory/read-result.js';
import { defineCheck } from '../../model/check-definition.js';
import { fail, pass } from '../../model/check-result.js';

/**
 * FSBP SSM.4: no SSM document the account owns is shared publicly (Share permission "all"): a public
 * document shows its commands, scripts and any names or addresses in them to every AWS account.
 */
export const ssmDocumentNotPublic = defineCheck({
  id: 'ssm-document-not-public',
  title: 'SSM documents are not public',
  service: 'ssm',
  severity: 'critical',
  scope: 'regional',
  requires: ['ssm.documents'],
  compliance: { 'aws-fsbp': ['SSM.4'] },
  remediation: {
    text: 'Stop sharing the document publicly (share it with the accounts that need it), and block public sharing of documents in the region.',
    cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove all',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html',
  },
  evaluate(ctx) {
    const documents = ctx.slice('ssm.documents');
    if (documents.length === 0) return [pass(ctx.scopeResource, `No SSM documents owned in ${ctx.region}.`)];
    return documents.map((document) => {
      const resource = { id: document.arn, type: 'AwsSsmDocument' };
      if (!document.sharing.ok)
        return unreadableField(
          resource,
          document.sharing,
          `who SSM document ${document.name} is shared with`,
        );
      const { public: isPublic, accountIds } = document.sharing.value;
      const evidence = { public: isPublic, sharedWithAccounts: accountIds };
      return isPublic
        ? fail(resource, `SSM document ${document.name} is shared with every AWS account.`, evidence)
        : pass(resource, `SSM document ${document.name} is not public.`, evidence);
    });
  },
});
