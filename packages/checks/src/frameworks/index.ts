import type { Framework, FrameworkId } from '../model/framework.js';
import { accountChecklist } from './account-checklist.js';
import { cisAws700 } from './cis-aws-7.0.0.js';

export const frameworks: readonly Framework[] = [cisAws700, accountChecklist];

export function findFramework(id: string): Framework | undefined {
  return frameworks.find((framework) => framework.id === (id as FrameworkId));
}
