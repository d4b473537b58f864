import { pinyin } from 'pinyin-pro';

/** Readable, stable address parts from Chinese: 四门八洲十三坡 → si-men-ba-zhou-shi-san-po (file names of imported terms, generated organisations). */
export function pinyinSlug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a term sorts and files under: quotes and punctuation do not count. */
function sortable(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Pinyin without tones, syllables separated by spaces: “四门八洲十三坡” → "si men ba zhou shi san po". */
export function pinyinKey(term: string): string {
  return pinyin(sortable(term), { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .filter((syllable) => /[\p{L}\p{N}]/u.test(syllable))
    .map((syllable) => syllable.toLowerCase())
    .join(' ');
}

/** The letter a term is filed under in the index: A–Z by pinyin, "#" for terms starting with a digit or other sign. */
export function indexLetter(term: string): string {
  const first = pinyinKey(term).charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Terms grouped by letter, A–Z then "#", each group in pinyin order. */
export function groupByPinyin<T>(items: readonly T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const keyed = items.map((item) => ({ item, key: pinyinKey(termOf(item)), letter: indexLetter(termOf(item)) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : termOf(a.item).localeCompare(termOf(b.item), 'zh')));
  const groups = new Map<string, T[]>();
  for (const { item, letter } of keyed) {
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(item);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, grouped]) => ({ letter, items: grouped }));
}

/** The whole alphabet for the letter bar, "#" last. */
export const indexLetters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
