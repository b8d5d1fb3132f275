// Reads an SDK client package's own type declarations, so a scaffold writes calls with the real field names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TOKEN_FIELDS = [
  'NextToken',
  'nextToken',
  'Marker',
  'NextMarker',
  'ContinuationToken',
  'NextContinuationToken',
];

/** The directory of an installed SDK package's declarations; an error that says how to install it. */
export function sdkTypesDir(root, sdkPackage) {
  const dir = join(root, 'node_modules', sdkPackage, 'dist-types');
  if (!existsSync(dir)) {
    throw new Error(
      `${sdkPackage} is not installed: npm install --save-exact -w @orgscan/aws ${sdkPackage}@<the version the other @aws-sdk clients use>`,
    );
  }
  return dir;
}

/** The client class the package exports (SQSClient, GuardDutyClient, ...), from its declarations. */
export function clientClassName(root, sdkPackage) {
  const dir = sdkTypesDir(root, sdkPackage);
  const file = readdirSync(dir).find((name) => /Client\.d\.ts$/.test(name));
  const match =
    file && /export declare class (\w+Client) extends/.exec(readFileSync(join(dir, file), 'utf8'));
  if (!match) throw new Error(`${sdkPackage}: no client class found in ${dir}`);
  return match[1];
}

/** Members of the interface `name` in the package's models: [{ name, type, optional }]. */
function interfaceMembers(dir, name) {
  const modelsDir = join(dir, 'models');
  for (const file of readdirSync(modelsDir)) {
    const text = readFileSync(join(modelsDir, file), 'utf8');
    const start = text.indexOf(`export interface ${name} {`);
    if (start < 0) continue;
    const body = text.slice(start, text.indexOf('\n}', start));
    return [...body.matchAll(/^ {4}(\w+)(\??): ([^;]+);$/gm)].map(([, member, optional, type]) => ({
      name: member,
      type,
      optional: optional === '?',
    }));
  }
  throw new Error(`${dir}: no interface ${name}`);
}

/**
 * What a scaffold needs of operation `operation`: that it exists, its pagination token fields in and out,
 * and the list field of its answer (the first array).
 */
export function operationShape(root, sdkPackage, operation) {
  const dir = sdkTypesDir(root, sdkPackage);
  const commandFile = join(dir, 'commands', `${operation}Command.d.ts`);
  if (!existsSync(commandFile)) throw new Error(`${sdkPackage} has no operation ${operation}`);
  const command = readFileSync(commandFile, 'utf8');
  const inputName = new RegExp(`interface ${operation}CommandInput extends (\\w+)`).exec(command)?.[1];
  const outputName = new RegExp(`interface ${operation}CommandOutput extends (\\w+)`).exec(command)?.[1];
  const input = inputName ? interfaceMembers(dir, inputName) : [];
  const output = outputName ? interfaceMembers(dir, outputName) : [];
  return {
    operation,
    inputToken: input.find((member) => TOKEN_FIELDS.includes(member.name))?.name ?? null,
    outputToken: output.find((member) => TOKEN_FIELDS.includes(member.name))?.name ?? null,
    listField: output.find((member) => /\[\]( \| undefined)?$/.test(member.type))?.name ?? null,
    requiredInput: input.filter((member) => !member.optional).map((member) => member.name),
    /** Answer members the SDK types as required: a simulated answer must name them. */
    requiredOutput: output
      .filter((member) => !member.optional)
      .map((member) => ({ name: member.name, list: /\[\]( \| undefined)?$/.test(member.type) })),
  };
}
