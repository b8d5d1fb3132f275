import { describe, expect, it } from 'vitest';
import { allPages } from './pagination.js';

interface Page {
  readonly items: readonly string[];
  readonly next?: string;
}

function pager(pages: Record<string, Page>) {
  const asked: Array<string | undefined> = [];
  const fetchPage = async (token: string | undefined): Promise<Page> => {
    asked.push(token);
    const page = pages[token ?? 'first'];
    if (!page) throw new Error(`no page for ${token}`);
    return page;
  };
  return { asked, fetchPage };
}

describe('allPages', () => {
  it('returns a single page when there is no token', async () => {
    const { asked, fetchPage } = pager({ first: { items: ['a'] } });
    const pages = await allPages(fetchPage, (page) => page.next);
    expect(pages.flatMap((page) => page.items)).toEqual(['a']);
    expect(asked).toEqual([undefined]);
  });

  it('follows tokens to the last page, in order', async () => {
    const { asked, fetchPage } = pager({
      first: { items: ['a', 'b'], next: 't1' },
      t1: { items: ['c'], next: 't2' },
      t2: { items: ['d'] },
    });
    const pages = await allPages(fetchPage, (page) => page.next);
    expect(pages.flatMap((page) => page.items)).toEqual(['a', 'b', 'c', 'd']);
    expect(asked).toEqual([undefined, 't1', 't2']);
  });

  it('fails on a token seen before instead of looping', async () => {
    const { asked, fetchPage } = pager({
      first: { items: ['a'], next: 't1' },
      t1: { items: ['b'], next: 't2' },
      t2: { items: ['c'], next: 't1' },
    });
    await expect(allPages(fetchPage, (page) => page.next)).rejects.toThrow('pagination token repeated: t1');
    expect(asked).toEqual([undefined, 't1', 't2']);
  });

  it('shortens a long repeated token in the error', async () => {
    const token = 'x'.repeat(200);
    const { fetchPage } = pager({ first: { items: [], next: token }, [token]: { items: [], next: token } });
    await expect(allPages(fetchPage, (page) => page.next)).rejects.toThrow(`${'x'.repeat(16)}…`);
  });

  it('propagates a failing page', async () => {
    const { fetchPage } = pager({ first: { items: ['a'], next: 'missing' } });
    await expect(allPages(fetchPage, (page) => page.next)).rejects.toThrow('no page for missing');
  });
});
