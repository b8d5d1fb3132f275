// Small source-editing helpers shared by the scaffolds (npm run new:check, npm run new:collector).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Marks what a scaffold wrote for a person to replace; the registry tests refuse it in a finished check. */
export const SCAFFOLD_MARKER = 'SCAFFOLD';

/** kebab-case or dotted name → camelCase (s3-account-public-access-blocked → s3AccountPublicAccessBlocked). */
export function camelCase(name) {
  return name.replace(/[-._]+([a-zA-Z0-9])/g, (_, next) => next.toUpperCase());
}

export function pascalCase(name) {
  const camel = camelCase(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** `text` with `insertion` placed right before the first occurrence of `anchor`; fails loudly when absent. */
export function insertBefore(text, anchor, insertion, where) {
  const index = text.indexOf(anchor);
  if (index < 0) throw new Error(`${where}: cannot find ${JSON.stringify(anchor)} to insert before`);
  return text.slice(0, index) + insertion + text.slice(index);
}

/** `text` with `insertion` placed right after the first occurrence of `anchor`. */
export function insertAfter(text, anchor, insertion, where) {
  const index = text.indexOf(anchor);
  if (index < 0) throw new Error(`${where}: cannot find ${JSON.stringify(anchor)} to insert after`);
  return text.slice(0, index + anchor.length) + insertion + text.slice(index + anchor.length);
}

/** Where a new entry goes: before the `}` or `]` that closes the object or array opened by `opening`. */
export function insertAtEndOf(text, opening, entry, where) {
  const start = text.indexOf(opening);
  if (start < 0) throw new Error(`${where}: cannot find ${JSON.stringify(opening)}`);
  const close = closingOf(text, start + opening.length - 1);
  if (close < 0) throw new Error(`${where}: cannot find the end of ${JSON.stringify(opening)}`);
  return text.slice(0, close) + entry + text.slice(close);
}

/** Index of the bracket closing the one at `open` (strings and comments in these files hold no brackets). */
function closingOf(text, open) {
  const pairs = { '{': '}', '[': ']', '(': ')' };
  const stack = [];
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (pairs[char]) stack.push(pairs[char]);
    else if (char === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return index;
    }
  }
  return -1;
}

/** Writes the planned files: new files must not exist yet, edited ones must. Then formats them with Biome. */
export function applyPlan(plan, { root = REPO_ROOT, format = true } = {}) {
  for (const file of plan.create) {
    if (existsSync(join(root, file.path)))
      throw new Error(`${file.path} already exists; the scaffold writes new files only`);
  }
  for (const file of plan.create) {
    // A check of a service with no check yet goes into a folder of its own.
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  for (const edit of plan.edit) {
    const path = join(root, edit.path);
    writeFileSync(path, edit.change(readFileSync(path, 'utf8')));
  }
  const written = [...plan.create, ...plan.edit]
    .map((file) => file.path)
    .filter((path) => /\.(ts|mjs)$/.test(path));
  if (format && written.length > 0) {
    execFileSync('npx', ['biome', 'check', '--write', ...written], { cwd: root, stdio: 'inherit' });
  }
  return [...plan.create, ...plan.edit].map((file) => file.path);
}

/** `--name value` options and positional arguments of a scaffold's command line. */
export function parseArguments(argv, repeatable = []) {
  const positional = [];
  const options = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const name = argument.slice(2);
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
    index += 1;
    options[name] = repeatable.includes(name) ? [...(options[name] ?? []), value] : value;
  }
  return { positional, options };
}
