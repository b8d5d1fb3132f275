/**
 * Follows an AWS pagination token to the end. A token that repeats would loop forever, so it is an error.
 */
export async function allPages<Page>(
  fetchPage: (token: string | undefined) => Promise<Page>,
  nextToken: (page: Page) => string | undefined,
): Promise<Page[]> {
  const pages: Page[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    pages.push(page);
    token = nextToken(page);
    if (token !== undefined) {
      if (seen.has(token)) throw new Error(`pagination token repeated: ${token.slice(0, 16)}…`);
      seen.add(token);
    }
  } while (token !== undefined);
  return pages;
}
