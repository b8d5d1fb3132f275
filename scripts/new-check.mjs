// npm run new:check -- <check-id> --slice <slice> [--slice <slice> ...] --scope global|regional
//   --severity critical|high|medium|low|informational --title "<title>" [--cis <id> ...] [--checklist <item> ...]
//   [--fsbp <control> ...]
// Writes the check and its test (with fixture builders to fill in), registers the check and regenerates
// docs/checks.md. What to fill in: docs/adding-a-check.md.
import { execFileSync } from 'node:child_process';
import { checkPlan, checkRequest, readSliceScopes } from './scaffold/check-scaffold.mjs';
import { applyPlan, parseArguments, REPO_ROOT } from './scaffold/source-edit.mjs';

try {
  const { positional, options } = parseArguments(process.argv.slice(2), [
    'slice',
    'cis',
    'checklist',
    'fsbp',
  ]);
  const request = checkRequest(
    {
      id: positional[0],
      slices: options.slice,
      scope: options.scope,
      severity: options.severity,
      title: options.title,
      cis: options.cis,
      checklist: options.checklist,
      fsbp: options.fsbp,
    },
    readSliceScopes(REPO_ROOT),
  );
  const written = applyPlan(checkPlan(request));
  execFileSync('npx', ['tsc', '-b', 'packages/checks'], { cwd: REPO_ROOT, stdio: 'inherit' });
  execFileSync('node', ['scripts/generate-check-docs.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  console.log([...written, 'docs/checks.md'].map((path) => `  ${path}`).join('\n'));
  console.log(`Next: write compliant(), the messages, the remediation and the fixtures marked SCAFFOLD.`);
} catch (error) {
  console.error(`new:check: ${error.message}`);
  process.exit(1);
}
