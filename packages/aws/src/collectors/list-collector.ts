import { allPages } from '../pagination.js';

/** How one list collector reads AWS: the list call and its pagination, then each listed item. */
export interface ListCollection<Page, Item, Entry> {
  /** One page of the list call; `token` is undefined for the first page. */
  readonly listPage: (token: string | undefined) => Promise<Page>;
  /** The token of the page after `page`; undefined on the last page. */
  readonly nextToken: (page: Page) => string | undefined;
  /** The items a page lists. */
  readonly items: (page: Page) => readonly Item[] | undefined;
  /**
   * The slice entry of one listed item. Per-item reads go through readField (an unreadable field becomes
   * that field's error, not the slice's) and nullWhen (an AWS "not configured" answer becomes null).
   * Returning null drops the item: deleted since the listing, or not an entry (no ARN).
   */
  readonly entry: (item: Item) => Entry | null | Promise<Entry | null>;
}

/**
 * The shape most collectors have: list every page (a failing list call fails the slice, with its AWS code),
 * then build each item's entry; items are read concurrently, within the AwsApi's bound on calls in flight.
 * Entries keep the listing order.
 */
export async function collectList<Page, Item, Entry>(
  collection: ListCollection<Page, Item, Entry>,
): Promise<Entry[]> {
  const pages = await allPages(collection.listPage, collection.nextToken);
  const items = pages.flatMap((page) => collection.items(page) ?? []);
  const entries: (Entry | null)[] = await Promise.all(items.map((item) => collection.entry(item)));
  return entries.filter((entry): entry is Entry => entry !== null);
}
