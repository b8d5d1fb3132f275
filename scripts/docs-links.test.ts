import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(root, 'README.md');
const docsDir = join(root, 'docs');
const docPages = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(docsDir, name));

/** The README is what a newcomer reads first: it stays short and links to the rest. */
const README_MAX_CHARACTERS = 12_000;
const PROSE_MAX_LINE = 200;

/** The text outside fenced code blocks, line by line (code may be as wide as it needs). */
function proseLines(markdown: string): string[] {
  let inFence = false;
  return markdown.split('\n').filter((line) => {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(readFileSync(file, 'utf8'))) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading?.[1]) continue;
    const anchor = anchorOf(heading[1]);
    const count = seen.get(anchor) ?? 0;
    seen.set(anchor, count + 1);
    anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
  }
  return anchors;
}

interface Link {
  readonly from: string;
  readonly target: string;
}

/** Relative links and images of a page, outside code (absolute URLs and mail addresses are not checked). */
function relativeLinksOf(file: string): Link[] {
  const prose = proseLines(readFileSync(file, 'utf8'))
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => ({ from: file, target }));
}

/** Why a link is broken, or null: a missing file, a path outside the repository, a heading that is not there. */
function brokenReason({ from, target }: Link): string | null {
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? from : resolve(dirname(from), decodeURIComponent(path));
  if (relative(root, file).startsWith('..')) return 'points outside the repository';
  if (!existsSync(file)) return 'no such file';
  if (anchor === undefined) return null;
  if (statSync(file).isDirectory() || !file.endsWith('.md'))
    return 'an anchor into something that has no headings';
  return anchorsOf(file).has(anchor) ? null : `no heading #${anchor} in ${relative(root, file)}`;
}

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it(`stays within ${README_MAX_CHARACTERS} characters`, () => {
    expect(readme.length).toBeLessThanOrEqual(README_MAX_CHARACTERS);
  });

  it(`has no prose line longer than ${PROSE_MAX_LINE} characters`, () => {
    const long = proseLines(readme).filter((line) => line.length > PROSE_MAX_LINE);
    expect(long).toEqual([]);
  });

  it('links to every page of docs/', () => {
    const linked = new Set(
      relativeLinksOf(README).map(({ target }) => resolve(root, target.split('#')[0] ?? '')),
    );
    const unlinked = docPages.filter((page) => !linked.has(page)).map((page) => relative(root, page));
    expect(unlinked).toEqual([]);
  });

  it('states the number of checks the registry has', () => {
    const stated = /\*\*(\d+) checks\*\*/.exec(readme)?.[1];
    expect(Number(stated), 'README: "**<n> checks**"').toBe(checks.length);
  });
});

describe('relative links of README.md and docs/*.md', () => {
  const links = [README, ...docPages].flatMap(relativeLinksOf);

  it('finds the links', () => {
    expect(links.length).toBeGreaterThan(30);
  });

  it('point to files of the repository, and to headings that exist', () => {
    const broken = links.flatMap((link) => {
      const reason = brokenReason(link);
      return reason ? [`${relative(root, link.from)}: ${link.target} (${reason})`] : [];
    });
    expect(broken).toEqual([]);
  });
});
