import { describe, expect, it } from 'vitest';
import { collectList } from './list-collector.js';

interface Page {
  readonly names?: string[];
  readonly next?: string;
}

const PAGES: Readonly<Record<string, Page>> = {
  first: { names: ['a', 'gone', 'b'], next: 'p2' },
  p2: { names: ['c'], next: 'p3' },
  p3: {},
};

describe('collectList', () => {
  it('follows every page, keeps the listing order and drops the items whose entry is null', async () => {
    const listed: (string | undefined)[] = [];
    const entries = await collectList({
      listPage: async (token: string | undefined) => {
        listed.push(token);
        return PAGES[token ?? 'first']!;
      },
      nextToken: (page) => page.next,
      items: (page) => page.names,
      entry: async (name) => (name === 'gone' ? null : { name: name.toUpperCase() }),
    });
    expect(listed).toEqual([undefined, 'p2', 'p3']);
    expect(entries).toEqual([{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
  });

  it('fails when the list call fails, and when an item read fails outside readField', async () => {
    const failure = new Error('AccessDenied');
    await expect(
      collectList({
        listPage: async () => Promise.reject(failure),
        nextToken: () => undefined,
        items: (page: Page) => page.names,
        entry: (name) => name,
      }),
    ).rejects.toBe(failure);
    await expect(
      collectList({
        listPage: async () => PAGES.p2!,
        nextToken: () => undefined,
        items: (page) => page.names,
        entry: async () => Promise.reject(failure),
      }),
    ).rejects.toBe(failure);
  });
});
