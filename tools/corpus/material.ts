import { documentKinds, type DocumentKind } from '../../src/core/kinds.ts';
import { toSimplified } from '../../src/core/chinese/script.ts';
import { bodyOf, readFrontMatter, readYaml } from '../../src/core/files.ts';
import { siteComponents } from '../../src/content/rules/components.ts';

/**
 * What a generated corpus is made from: the bundled documents taken apart into
 * their sentences, paragraphs, headings and outlines, so generated documents read
 * like the real ones (same phrasing, same heading ladders, same markup).
 */
export interface SourceFile {
  /** path relative to the content folder, with `/` separators */
  path: string;
  text: string;
}

/** The numbering a heading or paragraph starts with: 一、 / (一) / 1. */
export type Numbering = 'chinese' | 'bracketed' | 'arabic';

export type Block =
  | { type: 'heading'; level: number; numbering: Numbering | null; title: string }
  | { type: 'paragraph'; numbering: Numbering | null; text: string }
  | { type: 'raw'; text: string };

export interface SourceDocument {
  id: string;
  kind: DocumentKind;
  year: number;
  columnPath: string[];
  blocks: Block[];
  /** characters of body text, to scale generated lengths against */
  length: number;
}

export interface Organisation {
  id: string;
  name: string;
  shortName?: string;
  type: string;
}

export interface Material {
  documents: SourceDocument[];
  /** per kind, then all kinds under 'all' (Simplified script, MDX-escaped) */
  sentences: Record<DocumentKind | 'all', string[]>;
  paragraphs: Record<DocumentKind | 'all', string[]>;
  headings: Record<DocumentKind | 'all', string[]>;
  /** short phrases for titles: heading titles without their numbering */
  topics: string[];
  /** place names the documents mention (桃花路, 朱紫巷小区), which generated documents rename */
  places: string[];
  organisations: Organisation[];
  terms: { term: string; aliases: string[] }[];
}

const numberings: [Numbering, RegExp][] = [
  ['chinese', /^[一二三四五六七八九十]+、\s*/],
  ['bracketed', /^[(（][一二三四五六七八九十]+[)）]\s*/],
  ['arabic', /^\d{1,2}\\?[.．、](?!\d)\s*/],
];

export function splitNumbering(text: string): { numbering: Numbering | null; rest: string } {
  for (const [numbering, pattern] of numberings) {
    const match = pattern.exec(text);
    if (match) return { numbering, rest: text.slice(match[0].length) };
  }
  return { numbering: null, rest: text };
}

/** MDX-escaped text back to what a reader sees: no tags, no backslash escapes. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+>/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

const glossaryHeading = /^(名词解释|名詞解釋)$/;

/** The site's own components (<关键数据>, <附件>), each found with what it holds. */
const componentPattern = new RegExp(`<(${siteComponents.map((component) => component.name).join('|')})(?=[\\s>])[^>]*>([\\s\\S]*?)<\\/\\1>`, 'g');

/**
 * A body with the site's components left out and what they hold kept: a key figure's words without its mark (a
 * generated document varies the numbers, and a mark's 值 and 比较 would no longer be its text's), and a body another
 * site builds (the benchmark's Starlight copy) without components only this site knows.
 */
export function withoutSiteComponents(body: string): string {
  return body.replace(componentPattern, '$2');
}

/** Takes one MDX body apart into blocks; notes and comments are left out (they belong to their document). */
export function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let inGlossary = false;
  for (const rawBlock of body.split(/\n{2,}/)) {
    const block = withoutSiteComponents(rawBlock.trim());
    if (!block || block.startsWith('{/*') || block.startsWith('import ') || block.startsWith('export ')) continue;
    const heading = /^(#{2,6})\s+(.*)$/.exec(block);
    if (heading) {
      const text = heading[2]!.trim();
      inGlossary = glossaryHeading.test(plainText(text));
      if (inGlossary) continue;
      const { numbering, rest } = splitNumbering(text);
      blocks.push({ type: 'heading', level: heading[1]!.length, numbering, title: rest });
      continue;
    }
    if (inGlossary || block.startsWith('<p id="note-') || /^\[\^[^\]]+\]:/.test(block)) continue;
    if (/^(\||[-*+] |\d+\. |>)/.test(block) || block.includes('\n')) {
      blocks.push({ type: 'raw', text: block });
      continue;
    }
    // note markers point at notes that only their own document has
    const text = block.replace(/<sup class="note-ref">[\s\S]*?<\/sup>/g, '').replace(/\[\^[^\]]+\]/g, '');
    const { numbering, rest } = splitNumbering(text);
    blocks.push({ type: 'paragraph', numbering, text: numbering ? rest : text });
  }
  return blocks;
}

/** Sentences of one paragraph; inline elements (task notes) stay whole. */
export function splitSentences(paragraph: string): string[] {
  const kept: string[] = [];
  const protectedText = paragraph.replace(/<(\w+)[^>]*>[\s\S]*?<\/\1>/g, (element) => {
    kept.push(element);
    return `\u0000${kept.length - 1}\u0000`;
  });
  const pieces = protectedText.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/g) ?? [];
  // an element right after a full stop (a task note) belongs to the sentence before it
  const sentences: string[] = [];
  for (const piece of pieces) {
    const element = /^\s*(\u0000\d+\u0000\s*)+/.exec(piece);
    if (element && sentences.length > 0) {
      sentences[sentences.length - 1] += element[0].trim();
      const rest = piece.slice(element[0].length);
      if (rest.trim()) sentences.push(rest);
    } else sentences.push(piece);
  }
  return sentences
    .map((sentence) => sentence.replace(/\u0000(\d+)\u0000/g, (_, index: string) => kept[Number(index)]!).trim())
    .filter((sentence) => sentence.length >= 8 && (/[。！？!?][”’」』）)]*$/.test(sentence) || sentence.length >= 20));
}

/**
 * A place name: two or three characters and a suffix, standing between separators,
 * so that 改善道路 or 老旧小区 are not taken for names. Precision over recall: only
 * names found this way are renamed in generated documents.
 */
const placePattern = /(?<=[、，,。：:“（(—在对于和与及至将把从到了是由即施边造建修]|^)(\p{Script=Han}{2,3})(路|大街|大道|社区|小区|公园|广场)(?=[、，,。：:”）)等及和与周内]|$)/gu;
const notPlaceName = /老旧|安置|关键|街巷|开放|社区|小$|进|最美|绿色|保障|型|新|财|城市|道$|各|相关|周边|重点/;

function emptyPools(): Record<DocumentKind | 'all', string[]> {
  return Object.fromEntries([...documentKinds, 'all'].map((kind) => [kind, []])) as unknown as Record<DocumentKind | 'all', string[]>;
}

/** Builds the material from a content folder's files (documents/, organisations/, glossary/). */
export function readMaterial(files: readonly SourceFile[]): Material {
  const material: Material = {
    documents: [],
    sentences: emptyPools(),
    paragraphs: emptyPools(),
    headings: emptyPools(),
    topics: [],
    places: [],
    organisations: [],
    terms: [],
  };
  const topics = new Set<string>();
  const places = new Set<string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (file.path.startsWith('documents/') && file.path.endsWith('.mdx')) {
      const data = readFrontMatter(file.text);
      const kind = data.kind as DocumentKind;
      if (!documentKinds.includes(kind)) continue;
      // one pool in Simplified: zh-Hant documents are converted back when generated
      const body = data.language === 'zh-Hant' ? toSimplified(bodyOf(file.text)) : bodyOf(file.text);
      const blocks = parseBlocks(body);
      const id = file.path.replace(/^documents\//, '').replace(/\.mdx$/, '');
      const columnPath = Array.isArray(data.columnPath) ? (data.columnPath as string[]).map((part) => (data.language === 'zh-Hant' ? toSimplified(part) : part)) : [];
      let length = 0;
      for (const block of blocks) {
        if (block.type === 'heading') {
          material.headings[kind].push(block.title);
          material.headings.all.push(block.title);
          const topic = plainText(block.title).replace(/[。；;：:]$/, '');
          if (topic.length >= 4 && topic.length <= 18 && !/[，,。；;：:！？!?]/.test(topic)) topics.add(topic);
        } else if (block.type === 'paragraph') {
          length += block.text.length;
          for (const match of block.text.matchAll(placePattern)) if (!notPlaceName.test(match[1]!)) places.add(match[0]);
          // page furniture left in a body ("手机扫码浏览") is no paragraph to reuse
          if (plainText(block.text).length < 15) continue;
          material.paragraphs[kind].push(block.text);
          material.paragraphs.all.push(block.text);
          for (const sentence of splitSentences(block.text)) {
            material.sentences[kind].push(sentence);
            material.sentences.all.push(sentence);
          }
        } else {
          length += block.text.length;
        }
      }
      material.documents.push({ id, kind, year: Number(String(data.date ?? '2020').slice(0, 4)), columnPath, blocks, length });
    } else if (file.path.startsWith('organisations/') && /\.ya?ml$/.test(file.path)) {
      const data = readYaml(file.text) as Record<string, unknown>;
      const id = file.path.replace(/^organisations\//, '').replace(/\.ya?ml$/, '');
      material.organisations.push({
        id,
        name: String(data.name ?? id),
        ...(typeof data.shortName === 'string' ? { shortName: data.shortName } : {}),
        type: String(data.type ?? '其他'),
      });
    } else if (file.path.startsWith('glossary/') && file.path.endsWith('.mdx')) {
      const data = readFrontMatter(file.text);
      if (typeof data.term === 'string') {
        material.terms.push({ term: data.term, aliases: Array.isArray(data.aliases) ? (data.aliases as string[]) : [] });
      }
    }
  }
  material.topics = [...topics];
  material.places = [...places];
  return material;
}
