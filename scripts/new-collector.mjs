// npm run new:collector -- <service> <slice> --scope global|regional --list <ListOperation>
//   [--read <Operation> ...] [--sdk-package @aws-sdk/client-<name> --iam-prefix <prefix>]   (new services)
// Writes the slice type, the collector and its test, the registry entries, the member-role actions and, for
// a new service, its registration, simulated service and state stubs. What to fill in:
// docs/adding-an-aws-service.md.
import { collectorPlan, collectorRequest } from './scaffold/collector-scaffold.mjs';
import { applyPlan, parseArguments, REPO_ROOT } from './scaffold/source-edit.mjs';

try {
  const { positional, options } = parseArguments(process.argv.slice(2), ['read']);
  const request = collectorRequest(REPO_ROOT, {
    service: positional[0],
    slice: positional[1],
    scope: options.scope,
    list: options.list,
    reads: options.read,
    sdkPackage: options['sdk-package'],
    iamPrefix: options['iam-prefix'],
  });
  const written = applyPlan(collectorPlan(request));
  console.log(written.map((path) => `  ${path}`).join('\n'));
  console.log(
    'Next: fill in what is marked SCAFFOLD (the entry, the slice type, the simulator, the test answers).',
  );
} catch (error) {
  console.error(`new:collector: ${error.message}`);
  process.exit(1);
}
