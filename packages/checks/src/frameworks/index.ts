import type { Framework, FrameworkId } from '../model/framework.js';
import { accountChecklist } from './account-checklist.js';
import { awsFsbp } from './aws-fsbp.js';
import { cisAws700 } from './cis-aws-7.0.0.js';
import { nist80053r5 } from './nist-800-53-r5.js';
import { pciDss40 } from './pci-dss-4.0.js';

export const frameworks: readonly Framework[] = [cisAws700, accountChecklist, awsFsbp, nist80053r5, pciDss40];

export function findFramework(id: string): Framework | undefined {
  return frameworks.find((framework) => framework.id === (id as FrameworkId));
}
