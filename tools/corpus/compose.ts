import type { DocumentKind } from '../../src/core/kinds.ts';
import type { GeneratedKind } from './generate.ts';
import { plainText, splitSentences, type Block, type Material, type Numbering, type SourceDocument } from './material.ts';
import type { Random } from './random.ts';

/**
 * A generated document's body: a bundled document's outline followed block by block, its sentences recombined from
 * the material of the same kind, numbers and place names varied, stretched or cut to the target length.
 */

const placeChars = '桃花朝阳滨江新洲象湖云飞抚河龙泉金盘青山翠柳丰和长春凤凰岭南北塘东溪梅岭西山兴华锦绣文昌德胜永安';

/** One pattern per material for its place names, longest first so 抚河中大道 wins over 中大道. */
const placePatterns = new WeakMap<Material, RegExp | null>();

function placePatternOf(material: Material): RegExp | null {
  if (!placePatterns.has(material)) {
    const names = [...material.places].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    placePatterns.set(material, names.length > 0 ? new RegExp(`(${names.join('|')})`, 'g') : null);
  }
  return placePatterns.get(material)!;
}

const placeSuffix = /(路|大街|大道|社区|小区|公园|广场)$/;

function chineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value]!;
  if (value < 20) return `十${value % 10 ? digits[value % 10] : ''}`;
  return `${digits[Math.floor(value / 10)]}十${value % 10 ? digits[value % 10] : ''}`;
}

function numberingPrefix(numbering: Numbering, value: number): string {
  if (numbering === 'chinese') return `${chineseNumeral(value)}、`;
  if (numbering === 'bracketed') return `(${chineseNumeral(value)})`;
  // escaped as the importer writes it, so MDX reads "1." as text, not a list
  return `${value}\\.`;
}

/** Markers that would turn a paragraph into a list, heading or quote when a sentence moves to a line start. */
function escapeLineStart(text: string): string {
  if (/^(#|>|[-+=*](?=\s|$)|[-+](?=\s))/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

export function placeName(random: Random): string {
  const chars = [...placeChars];
  return random.pick(chars) + random.pick(chars);
}

export interface Composer {
  random: Random;
  material: Material;
  kind: GeneratedKind;
  /** same original place name → same new name within a document */
  places: Map<string, string>;
  yearShift: number;
}

function poolOf(composer: Composer, pools: Record<DocumentKind | 'all', string[]>): string[] {
  const own = pools[composer.kind];
  return own.length > 0 && composer.random.chance(0.8) ? own : pools.all;
}

/** Varies numbers and place names; element tags and link addresses are left alone (an address changed leads nowhere). */
export function vary(composer: Composer, text: string): string {
  const { random } = composer;
  return text
    .split(/(<[^>]+>|\]\([^)\s]*\))/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      let result = part.replace(/\d+(?:\.\d+)?(?=(年|月|日|号|时|[^\d.]|$))/g, (number: string, unit: string | undefined) => {
        if (unit === '年' && /^(19[89]\d|20[0-3]\d)$/.test(number)) return String(Math.min(2035, Math.max(1990, Number(number) + composer.yearShift)));
        if (unit === '月') return String(random.int(1, 12));
        if (unit === '日' || unit === '号') return String(random.int(1, 28));
        if (unit === '时') return String(random.int(8, 20));
        const [whole, fraction] = number.split('.') as [string, string | undefined];
        const digits = whole.length === 1 ? String(random.int(1, 9)) : String(random.int(1, 9)) + Array.from({ length: whole.length - 1 }, () => random.int(0, 9)).join('');
        return fraction === undefined ? digits : `${digits}.${Array.from({ length: fraction.length }, () => random.int(0, 9)).join('')}`;
      });
      const places = placePatternOf(composer.material);
      if (places) {
        result = result.replace(places, (name: string) => {
          let replacement = composer.places.get(name);
          if (!replacement) {
            replacement = placeName(random) + (placeSuffix.exec(name)?.[1] ?? '路');
            composer.places.set(name, replacement);
          }
          return replacement;
        });
      }
      return result;
    })
    .join('');
}

function composeParagraph(composer: Composer, sentenceCount: number): string {
  const { random } = composer;
  if (random.chance(0.35)) return poolOf(composer, composer.material.paragraphs).length > 0 ? random.pick(poolOf(composer, composer.material.paragraphs)) : '';
  const sentences = poolOf(composer, composer.material.sentences);
  if (sentences.length === 0) return '';
  return Array.from({ length: Math.max(1, sentenceCount) }, () => random.pick(sentences)).join('');
}

function composeHeading(composer: Composer): string {
  const pool = poolOf(composer, composer.material.headings);
  return pool.length > 0 ? composer.random.pick(pool) : '工作要求';
}

/** Body text following a bundled document's outline, stretched or cut to the target length. */
export function composeBody(composer: Composer, skeleton: SourceDocument, targetLength: number): { blocks: string[]; length: number } {
  const { random } = composer;
  const blocks: string[] = [];
  let length = 0;
  const counters = new Map<string, number>();
  const firstHeading = skeleton.blocks.findIndex((block) => block.type === 'heading');
  // the part before the first heading (greetings, preamble) appears once; the rest repeats as needed
  const opening = firstHeading === -1 ? [] : skeleton.blocks.slice(0, firstHeading);
  const repeating = firstHeading === -1 ? skeleton.blocks : skeleton.blocks.slice(firstHeading);
  const emit = (block: Block) => {
    if (block.type === 'heading') {
      for (const key of [...counters.keys()]) {
        const [kind, level] = key.split(':');
        if (kind === 'p' || Number(level) > block.level) counters.delete(key);
      }
      const key = `h:${block.level}:${block.numbering}`;
      const value = (counters.get(key) ?? 0) + 1;
      counters.set(key, value);
      const title = vary(composer, composeHeading(composer));
      const text = block.numbering ? `${numberingPrefix(block.numbering, value)}${title}` : title;
      blocks.push(`${'#'.repeat(block.level)} ${text}`);
      length += text.length;
    } else if (block.type === 'paragraph') {
      const count = splitSentences(block.text).length + random.int(-1, 1);
      let text = vary(composer, composeParagraph(composer, count));
      if (!text) return;
      if (block.numbering) {
        // 1. items run on through a document; (一) and 一、 restart under each heading
        const key = block.numbering === 'arabic' ? 'a:0:arabic' : `p:0:${block.numbering}`;
        const value = (counters.get(key) ?? 0) + 1;
        counters.set(key, value);
        text = `${numberingPrefix(block.numbering, value)}${text}`;
      } else {
        text = escapeLineStart(text);
      }
      blocks.push(text);
      length += plainText(text).length;
    } else {
      const text = vary(composer, block.text);
      blocks.push(text);
      length += plainText(text).length;
    }
  };
  for (const block of opening) emit(block);
  const minimum = Math.min(targetLength, 200);
  let guard = 0;
  while ((length < targetLength || length < minimum) && guard++ < 50) {
    for (const block of repeating) {
      emit(block);
      if (length >= targetLength && block.type !== 'heading') break;
    }
    if (repeating.length === 0) break;
  }
  // never end on a heading
  while (blocks.length > 0 && blocks[blocks.length - 1]!.startsWith('#')) blocks.pop();
  return { blocks, length };
}

