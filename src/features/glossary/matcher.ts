import type { CharFolder } from '../../core/chinese/fold.ts';

/** One name a term is known by: its own name or an alias. */
export interface TermName {
  termId: string;
  name: string;
}

/** A term found in a text: [start, end) in UTF-16 code units of the original text. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  name: string;
}

export interface TermMatcher {
  /** Every term in the text: longest first, never overlapping, in text order. */
  find(text: string): TermMatch[];
  /** The names the matcher was built from, after dropping empty and duplicate ones. */
  readonly names: readonly TermName[];
}

const asciiWord = /[A-Za-z0-9]/;

interface Node {
  next: Map<string, number>;
  fail: number;
  /** index into patterns of the longest name ending at this node, or -1 */
  output: number;
  /** nearest node along the fail chain that has an output, or -1 */
  outputLink: number;
  depth: number;
}

/**
 * Aho–Corasick over folded characters: one pass over the text finds every
 * occurrence of every name, whatever the number of terms. Choosing among
 * overlapping occurrences goes longest first (buckets by length, so the whole
 * thing stays linear in the text), then earliest.
 */
export function createTermMatcher(names: readonly TermName[], fold: CharFolder): TermMatcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, output: -1, outputLink: -1, depth: 0 }];
  const patterns: { termId: string; name: string; length: number; asciiStart: boolean; asciiEnd: boolean }[] = [];
  const seen = new Set<string>();

  for (const { termId, name } of names) {
    const chars = [...name.trim()];
    if (chars.length === 0) continue;
    const key = chars.map(fold).join('');
    if (seen.has(key)) continue; // the first term to claim a name keeps it
    seen.add(key);
    let state = 0;
    for (const folded of key) {
      let next = nodes[state]!.next.get(folded);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ next: new Map(), fail: 0, output: -1, outputLink: -1, depth: nodes[state]!.depth + 1 });
        nodes[state]!.next.set(folded, next);
      }
      state = next;
    }
    nodes[state]!.output = patterns.length;
    patterns.push({
      termId,
      name: name.trim(),
      length: chars.length,
      asciiStart: asciiWord.test(chars[0]!),
      asciiEnd: asciiWord.test(chars[chars.length - 1]!),
    });
  }

  // breadth-first fail links
  const queue: number[] = [];
  for (const child of nodes[0]!.next.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head]!;
    for (const [char, child] of nodes[current]!.next) {
      let fail = nodes[current]!.fail;
      while (fail !== 0 && !nodes[fail]!.next.has(char)) fail = nodes[fail]!.fail;
      const target = nodes[fail]!.next.get(char);
      nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
      const failNode = nodes[nodes[child]!.fail]!;
      nodes[child]!.outputLink = failNode.output >= 0 ? nodes[child]!.fail : failNode.outputLink;
      queue.push(child);
    }
  }

  const longest = patterns.reduce((max, pattern) => Math.max(max, pattern.length), 0);

  function find(text: string): TermMatch[] {
    if (patterns.length === 0 || text.length === 0) return [];
    // code-unit offsets of the last `longest` characters, so a match's start is known without an array of every character
    const ring = new Int32Array(longest + 1);
    // candidates bucketed by length in characters: [pattern, start, end] in code units
    const buckets: number[][] = Array.from({ length: longest + 1 }, () => []);
    let state = 0;
    let index = 0;
    for (let offset = 0; offset < text.length; index++) {
      const codePoint = text.codePointAt(offset)!;
      const char = codePoint > 0xffff ? text.slice(offset, offset + 2) : text[offset]!;
      ring[index % ring.length] = offset;
      offset += char.length;
      const folded = fold(char);
      while (state !== 0 && !nodes[state]!.next.has(folded)) state = nodes[state]!.fail;
      state = nodes[state]!.next.get(folded) ?? 0;
      let hit = nodes[state]!.output >= 0 ? state : nodes[state]!.outputLink;
      while (hit >= 0) {
        const patternIndex = nodes[hit]!.output;
        const pattern = patterns[patternIndex]!;
        const start = ring[(index + 1 - pattern.length) % ring.length]!;
        // "2545" must not match inside "25450": Latin letters and digits need a word boundary
        const clearBefore = !pattern.asciiStart || start === 0 || !asciiWord.test(text[start - 1]!);
        const clearAfter = !pattern.asciiEnd || offset === text.length || !asciiWord.test(text[offset]!);
        if (clearBefore && clearAfter) buckets[pattern.length]!.push(patternIndex, start, offset);
        hit = nodes[hit]!.outputLink;
      }
    }

    const taken = new Uint8Array(text.length);
    // pattern index + 1 at each chosen start, so reading them back is in text order without sorting
    const chosenAt = new Int32Array(text.length);
    const endAt = new Int32Array(text.length);
    for (let length = longest; length > 0; length--) {
      const bucket = buckets[length]!;
      // each bucket was filled in text order, so the earlier of two equals wins
      for (let k = 0; k < bucket.length; k += 3) {
        const start = bucket[k + 1]!;
        const end = bucket[k + 2]!;
        let free = true;
        for (let j = start; j < end; j++) {
          if (taken[j]) {
            free = false;
            break;
          }
        }
        if (!free) continue;
        taken.fill(1, start, end);
        chosenAt[start] = bucket[k]! + 1;
        endAt[start] = end;
      }
    }
    const matches: TermMatch[] = [];
    for (let start = 0; start < text.length; start++) {
      if (chosenAt[start] === 0) continue;
      const pattern = patterns[chosenAt[start]! - 1]!;
      matches.push({ start, end: endAt[start]!, termId: pattern.termId, name: pattern.name });
    }
    return matches;
  }

  return { find, names: patterns.map(({ termId, name }) => ({ termId, name })) };
}
