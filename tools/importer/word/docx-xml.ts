/**
 * Reads what mammoth does not give from a .docx: each paragraph's East-Asian font
 * (w:eastAsia), size, alignment and colour, which is how GB/T 9704 marks the parts of
 * a 公文, the embedded objects and where they sit, and every character of every
 * paragraph in order (the importer's proof that it lost nothing).
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator, type ValidationError } from 'fast-xml-validator';
import { strFromU8, unzipSync } from 'fflate';
import type { ParagraphLook } from '../official-document.ts';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

export interface EmbeddedObject {
  /** ProgID, e.g. Excel.Sheet.12, Equation.3, Package */
  progId: string;
  /** the part inside the .docx, e.g. word/embeddings/Microsoft_Excel_Worksheet.xlsx */
  part: string | undefined;
  bytes: Uint8Array | undefined;
  /** the paragraph's text before the object: where a reader finds it */
  textBefore: string;
}

export interface XmlParagraph {
  type: 'paragraph';
  text: string;
  look: ParagraphLook;
  objects: EmbeddedObject[];
  /** a paragraph of a text box, placed after the paragraph that anchors it */
  inTextBox: boolean;
}

export interface XmlTable {
  type: 'table';
  /** every cell's text, row by row */
  rows: string[][];
  text: string;
}

export type XmlBlock = XmlParagraph | XmlTable;

export interface DocxContent {
  blocks: XmlBlock[];
  files: Record<string, Uint8Array>;
}

/** Thrown when the .docx cannot be read; the message says so in staff words. */
export class DamagedDocxError extends Error {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

const nameOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@')!;
const childrenOf = (node: XmlNode) => (node[nameOf(node)] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode | undefined, name: string) => node?.[':@']?.[name];
const child = (node: XmlNode | undefined, name: string) => (node ? childrenOf(node).find((item) => nameOf(item) === name) : undefined);

function parseXml(files: Record<string, Uint8Array>, path: string, fileName: string): XmlNode[] {
  const bytes = files[path];
  if (!bytes) return [];
  const xml = strFromU8(bytes);
  // the parser forgives unclosed elements; a damaged part must be refused, not half read
  let reason: string | undefined;
  try {
    const valid = SyntaxValidator.validate(xml) as true | ValidationError;
    if (valid !== true) reason = `第 ${valid.err.line} 行：${valid.err.msg}`;
  } catch (error) {
    const { line, message } = error as { line?: number; message: string };
    reason = `${line ? `第 ${line} 行：` : ''}${message}`;
  }
  if (reason === undefined) {
    try {
      return parser.parse(xml) as XmlNode[];
    } catch (error) {
      throw new DamagedDocxError(`${fileName}：文件已损坏，其中的 ${path} 不是有效的 XML（${(error as Error).message.split('\n')[0]}）。请在 Word 或 WPS 中打开后重新“另存为”.docx 再导入。`);
    }
  }
  throw new DamagedDocxError(`${fileName}：文件已损坏，其中的 ${path} 不是有效的 XML（${reason}）。请在 Word 或 WPS 中打开后重新“另存为”.docx 再导入。`);
}

interface RunLook {
  font?: string | undefined;
  size?: number | undefined;
  colour?: string | undefined;
  bold?: boolean | undefined;
}

function readRunProperties(rPr: XmlNode | undefined): RunLook {
  if (!rPr) return {};
  const fonts = child(rPr, 'w:rFonts');
  const size = attr(child(rPr, 'w:sz'), 'w:val');
  const colour = attr(child(rPr, 'w:color'), 'w:val');
  const bold = child(rPr, 'w:b');
  return {
    font: attr(fonts, 'w:eastAsia') ?? attr(fonts, 'w:ascii'),
    size: size ? Number(size) / 2 : undefined,
    colour: colour && colour !== 'auto' ? colour.toUpperCase() : undefined,
    bold: bold ? attr(bold, 'w:val') !== '0' && attr(bold, 'w:val') !== 'false' : undefined,
  };
}

const merge = (base: RunLook, over: RunLook): RunLook => ({
  font: over.font ?? base.font,
  size: over.size ?? base.size,
  colour: over.colour ?? base.colour,
  bold: over.bold ?? base.bold,
});

/** Styles with their basedOn chains resolved: the look a paragraph or character style gives its runs. */
function readStyles(styles: XmlNode[]): { defaults: RunLook; paragraph: (id: string | undefined) => RunLook & { align?: string | undefined }; character: (id: string | undefined) => RunLook } {
  const root = styles.find((node) => nameOf(node) === 'w:styles');
  const defaults = readRunProperties(child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  const byId = new Map<string, XmlNode>();
  let defaultParagraph: string | undefined;
  for (const style of root ? childrenOf(root) : []) {
    if (nameOf(style) !== 'w:style') continue;
    const id = attr(style, 'w:styleId');
    if (id) byId.set(id, style);
    if (attr(style, 'w:type') === 'paragraph' && (attr(style, 'w:default') === '1' || attr(style, 'w:default') === 'true')) defaultParagraph = id;
  }
  const resolve = (id: string | undefined, seen = new Set<string>()): RunLook & { align?: string | undefined } => {
    const style = id ? byId.get(id) : undefined;
    if (!style || seen.has(id!)) return {};
    seen.add(id!);
    const base = resolve(attr(child(style, 'w:basedOn'), 'w:val'), seen);
    const align = attr(child(child(style, 'w:pPr'), 'w:jc'), 'w:val');
    return { ...merge(base, readRunProperties(child(style, 'w:rPr'))), align: align ?? base.align };
  };
  return { defaults, paragraph: (id) => resolve(id ?? defaultParagraph), character: (id) => resolve(id) };
}

function readRelationships(files: Record<string, Uint8Array>, fileName: string): Map<string, string> {
  const rels = new Map<string, string>();
  const root = parseXml(files, 'word/_rels/document.xml.rels', fileName).find((node) => nameOf(node) === 'Relationships');
  for (const rel of root ? childrenOf(root) : []) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target && attr(rel, 'TargetMode') !== 'External') rels.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return rels;
}

export function readDocx(bytes: Uint8Array, fileName: string): DocxContent {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new DamagedDocxError(`${fileName}：文件已损坏，无法解压（${(error as Error).message}）。请在 Word 或 WPS 中打开后重新“另存为”.docx 再导入。`);
  }
  if (!files['word/document.xml']) {
    throw new DamagedDocxError(`${fileName}：这不是 Word 文档（压缩包中没有 word/document.xml）。请确认文件，或在 Word/WPS 中“另存为”.docx 再导入。`);
  }
  const styles = readStyles(parseXml(files, 'word/styles.xml', fileName));
  const rels = readRelationships(files, fileName);
  const documentRoot = parseXml(files, 'word/document.xml', fileName).find((node) => nameOf(node) === 'w:document');
  const body = child(documentRoot, 'w:body');
  if (!body) throw new DamagedDocxError(`${fileName}：文件已损坏，文档中没有正文部分（w:body）。请在 Word 或 WPS 中打开后重新“另存为”.docx 再导入。`);

  const blocks: XmlBlock[] = [];

  function readParagraph(paragraph: XmlNode, inTextBox: boolean): XmlParagraph[] {
    const pPr = child(paragraph, 'w:pPr');
    const styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
    const paragraphStyle = styles.paragraph(styleId);
    const align = attr(child(pPr, 'w:jc'), 'w:val') ?? paragraphStyle.align;
    const base = merge(styles.defaults, paragraphStyle);
    let text = '';
    const objects: EmbeddedObject[] = [];
    const textBoxes: XmlParagraph[] = [];
    const weights = new Map<string, { look: RunLook; chars: number }>();

    const walk = (nodes: XmlNode[], look: RunLook) => {
      for (const node of nodes) {
        const name = nameOf(node);
        if (name === 'w:r') {
          const rPr = child(node, 'w:rPr');
          const runLook = merge(merge(look, styles.character(attr(child(rPr, 'w:rStyle'), 'w:val'))), readRunProperties(rPr));
          const before = text.length;
          walk(childrenOf(node), runLook);
          const chars = text.slice(before).replace(/\s/g, '').length;
          if (chars > 0) {
            const key = JSON.stringify(runLook);
            const entry = weights.get(key) ?? { look: runLook, chars: 0 };
            entry.chars += chars;
            weights.set(key, entry);
          }
        } else if (name === 'w:t') {
          for (const item of childrenOf(node)) if ('#text' in item) text += String(item['#text']);
        } else if (name === 'w:tab' || name === 'w:ptab') {
          text += '\t';
        } else if (name === 'w:br' || name === 'w:cr') {
          text += '\n';
        } else if (name === 'w:object') {
          const ole = child(node, 'o:OLEObject');
          const part = rels.get(attr(ole, 'r:id') ?? '');
          objects.push({ progId: attr(ole, 'ProgID') ?? '未知类型', part, bytes: part ? files[part] : undefined, textBefore: text });
        } else if (name === 'w:txbxContent') {
          for (const inner of childrenOf(node)) if (nameOf(inner) === 'w:p') textBoxes.push(...readParagraph(inner, true));
        } else if (name === 'mc:AlternateContent') {
          // as mammoth does: the fallback (VML) form, so both readers see the same text once
          walk(childrenOf(child(node, 'mc:Fallback') ?? ({ x: [] } as XmlNode)), look);
        } else if (['w:del', 'w:delText', 'w:instrText', 'w:pPr', 'w:rPr', 'w:fldData'].includes(name)) {
          continue;
        } else if (name !== '#text') {
          walk(childrenOf(node), look);
        }
      }
    };
    walk(childrenOf(paragraph).filter((node) => nameOf(node) !== 'w:pPr'), base);
    const main = [...weights.values()].sort((a, b) => b.chars - a.chars)[0]?.look ?? base;
    const look: ParagraphLook = {
      centred: align === 'center',
      right: align === 'right' || align === 'end',
      ...(main.font ? { font: main.font } : {}),
      ...(main.size ? { size: main.size } : {}),
      ...(main.colour ? { colour: main.colour } : {}),
      ...(main.bold ? { bold: true } : {}),
    };
    return [{ type: 'paragraph', text, look, objects, inTextBox }, ...textBoxes];
  }

  function readTable(table: XmlNode): XmlTable {
    const rows: string[][] = [];
    for (const row of childrenOf(table)) {
      if (nameOf(row) !== 'w:tr') continue;
      const cells: string[] = [];
      for (const cell of childrenOf(row)) {
        if (nameOf(cell) !== 'w:tc') continue;
        const texts: string[] = [];
        for (const inner of childrenOf(cell)) {
          if (nameOf(inner) === 'w:p') texts.push(...readParagraph(inner, false).map((paragraph) => paragraph.text));
          else if (nameOf(inner) === 'w:tbl') texts.push(readTable(inner).text);
        }
        cells.push(texts.join('\n'));
      }
      rows.push(cells);
    }
    return { type: 'table', rows, text: rows.map((row) => row.join('\t')).join('\n') };
  }

  const readBody = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'w:p') blocks.push(...readParagraph(node, false));
      else if (name === 'w:tbl') blocks.push(readTable(node));
      else if (name === 'w:sdt') readBody(childrenOf(child(node, 'w:sdtContent') ?? ({ x: [] } as XmlNode)));
      else if (name === 'w:customXml' || name === 'w:ins') readBody(childrenOf(node));
    }
  };
  readBody(childrenOf(body));
  return { blocks, files };
}

/** Every character of the document's paragraphs and tables, in order: what the import must keep. */
export function documentText(content: DocxContent): string {
  return content.blocks.map((block) => block.text).join('\n');
}
