/**
 * Pagefind keeps its word index in chunks, each holding the words from one word to another, and loads only the chunks a
 * search needs. For a prefix (a query of one character is the prefix of every pair it starts) it can miss a chunk: when
 * the words with that prefix run over a chunk's end, Pagefind 1.6 loads the first chunk only, and the pages whose pairs
 * are in the next are not found (a single 湖 found 4 pages of 47). So the index step publishes each chunk's first and
 * last word (searchFiles.indexRanges in contract.ts), and the search page preloads every chunk a prefix reaches before it searches.
 * Shared by the index step and the search page; no Node code here.
 */
/** [first word, last word] of each chunk, in order. */
export type IndexRanges = [string, string][];

/**
 * Words to preload so that every chunk holding a word that starts with `prefix` is loaded: for each chunk the prefix
 * reaches, a word inside it (its first word, or the prefix itself in the chunk where the prefix falls).
 */
export function preloadWordsFor(prefix: string, ranges: IndexRanges): string[] {
  const words: string[] = [];
  for (const [from, to] of ranges) {
    // the chunk holds words from `from` to `to`: it has one starting with the prefix if the ranges overlap
    const reaches = (to >= prefix || to.startsWith(prefix)) && (from <= prefix || from.startsWith(prefix));
    if (reaches) words.push(from > prefix ? from : prefix);
  }
  return words;
}
