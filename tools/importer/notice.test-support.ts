/**
 * A realistic 通知 laid out by GB/T 9704-2012, made in the tests: as a Word file
 * (generated with the `docx` library, fonts, sizes, alignment and colours as an
 * office sets them) and as the same text copied out of it. Nothing here is a
 * real office's document; no Word file is committed.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import sharp from 'sharp';

export const notice = {
  issuer: '西湖区人民政府办公室',
  documentNumber: '西府办发〔2024〕12号',
  signer: '王建国',
  titleLines: ['西湖区人民政府办公室关于做好2024年', '老旧小区改造工作的通知'],
  title: '西湖区人民政府办公室关于做好2024年老旧小区改造工作的通知',
  recipients: '各街道办事处，区政府各部门',
  opening: '为贯彻落实省、市关于城镇老旧小区改造工作的部署，经区政府同意，现就做好2024年我区老旧小区改造工作通知如下。',
  headings: ['一、总体要求', '（一）明确改造范围。', '1．完善基础设施', '（1）供水管网改造', '二、项目安排', '三、保障措施'],
  paragraphs: {
    scope: '2024年计划改造2000年底前建成的老旧小区25个，涉及居民4820户。',
    infrastructure: '重点改造供水、排水、供电、道路、消防等设施，同步推进适老化改造。',
    water: '更换使用年限超过20年的供水管网，确保居民用水安全。',
    table: '各街道项目安排见下表：',
    safeguards: '各街道要加强组织领导，落实工作责任，每月5日前报送工作进展。',
  },
  table: [
    ['街道', '小区数（个）', '居民（户）'],
    ['西湖街道', '8', '1560'],
    ['南浦街道', '17', '3260'],
  ],
  imageAlt: '2024年老旧小区改造项目分布示意图',
  footnote: '老旧小区指城市或县城建成年代较早、失养失修失管的住宅小区。',
  attachments: ['西湖区2024年老旧小区改造项目清单', '老旧小区改造居民意见征询表'],
  writtenOnText: '2024年3月5日',
  writtenOn: '2024-03-05',
  note: '此件公开发布',
  copiedTo: '区委办公室，区人大常委会办公室，区政协办公室',
  printedBy: '西湖区人民政府办公室',
  printedOnText: '2024年3月6日',
  printedOn: '2024-03-06',
} as const;

/** The GB/T 9704 parts of the notice as either importer must write them in front matter. */
export const noticeFields = {
  publisher: 'xihu-government-office',
  documentNumber: notice.documentNumber,
  signer: notice.signer,
  recipients: notice.recipients,
  writtenOn: notice.writtenOn,
  note: notice.note,
  copiedTo: notice.copiedTo,
  printedBy: notice.printedBy,
  printedOn: notice.printedOn,
};

/** The organisations a test content folder needs for the notice. */
export const noticeOrganisations = [{ id: 'xihu-government-office', name: '西湖区人民政府办公室' }];

/** The notice as staff get it when they copy the text out of the Word file. */
export function noticeText(): string {
  const n = notice;
  return [
    n.issuer + '文件',
    '',
    `${n.documentNumber}　　　　　　签发人：${n.signer}`,
    '',
    ...n.titleLines,
    '',
    `${n.recipients}：`,
    `　　${n.opening}`,
    n.headings[0],
    n.headings[1],
    `　　${n.paragraphs.scope}`,
    n.headings[2],
    `　　${n.paragraphs.infrastructure}`,
    n.headings[3],
    `　　${n.paragraphs.water}`,
    n.headings[4],
    `　　${n.paragraphs.table}`,
    n.headings[5],
    `　　${n.paragraphs.safeguards}`,
    '',
    `　　附件：1．${n.attachments[0]}`,
    `　　　　　2．${n.attachments[1]}`,
    '',
    `　　　　　　　　　　　　　　　　${n.issuer}`,
    `　　　　　　　　　　　　　　　　${n.writtenOnText}`,
    `　　（${n.note}）`,
    '',
    `抄送：${n.copiedTo}。`,
    `${n.printedBy}　　　　　　　　${n.printedOnText}印发`,
    '',
  ].join('\n');
}

const body = (text: string, options: { font?: string; indent?: boolean; children?: (TextRun | ImageRun | FootnoteReferenceRun)[] } = {}) =>
  new Paragraph({
    indent: options.indent === false ? undefined : { firstLine: 640 },
    children: [new TextRun({ text, font: { ascii: 'Times New Roman', eastAsia: options.font ?? '仿宋_GB2312' }, size: 32 }), ...(options.children ?? [])],
  });

/** A small picture for the body: a PNG made here. */
async function samplePicture(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 24, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
}

/** The notice as a .docx, laid out as GB/T 9704 sets it. */
export async function noticeDocx(): Promise<Buffer> {
  const n = notice;
  const cell = (text: string, header = false) =>
    new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: header, font: { eastAsia: '仿宋_GB2312' }, size: 28 })] })] });
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph({ children: [new TextRun({ text: n.footnote, font: { eastAsia: '仿宋_GB2312' }, size: 24 })] })] } },
    sections: [
      {
        children: [
          // 版头: 发文机关标志 in red 小标宋, 发文字号 and 签发人, the red line
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${n.issuer}文件`, font: { eastAsia: '方正小标宋简体' }, size: 72, color: 'FF0000' })] }),
          new Paragraph({ children: [] }),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: 8800 }],
            border: { bottom: { color: 'FF0000', space: 8, style: BorderStyle.SINGLE, size: 12 } },
            children: [
              new TextRun({ text: n.documentNumber, font: { eastAsia: '仿宋_GB2312' }, size: 32 }),
              new TextRun({ text: '\t签发人：', font: { eastAsia: '仿宋_GB2312' }, size: 32 }),
              new TextRun({ text: n.signer, font: { eastAsia: '楷体_GB2312' }, size: 32 }),
            ],
          }),
          new Paragraph({ children: [] }),
          // 标题 over two lines, 二号小标宋, centred
          ...n.titleLines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, font: { eastAsia: '方正小标宋简体' }, size: 44 })] })),
          new Paragraph({ children: [] }),
          body(`${n.recipients}：`, { indent: false }),
          body(n.opening),
          body(n.headings[0], { font: '黑体' }),
          body(n.headings[1], { font: '楷体_GB2312' }),
          body(n.paragraphs.scope, { children: [new FootnoteReferenceRun(1)] }),
          body(n.headings[2]),
          body(n.paragraphs.infrastructure),
          body(n.headings[3]),
          body(n.paragraphs.water),
          body(n.headings[4], { font: '黑体' }),
          body(n.paragraphs.table),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: n.table.map((row, index) => new TableRow({ tableHeader: index === 0, children: row.map((text) => cell(text, index === 0)) })) }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new ImageRun({ type: 'png', data: await samplePicture(), transformation: { width: 200, height: 120 }, altText: { name: 'map', title: n.imageAlt, description: n.imageAlt } })],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `图1　${n.imageAlt}`, font: { eastAsia: '仿宋_GB2312' }, size: 28 })] }),
          body(n.headings[5], { font: '黑体' }),
          body(n.paragraphs.safeguards),
          new Paragraph({ children: [] }),
          body(`附件：1．${n.attachments[0]}`),
          new Paragraph({ indent: { left: 1600 }, children: [new TextRun({ text: `2．${n.attachments[1]}`, font: { eastAsia: '仿宋_GB2312' }, size: 32 })] }),
          new Paragraph({ children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [new TextRun({ text: n.issuer, font: { eastAsia: '仿宋_GB2312' }, size: 32 })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [new TextRun({ text: n.writtenOnText, font: { eastAsia: '仿宋_GB2312' }, size: 32 })] }),
          body(`（${n.note}）`),
          new Paragraph({ children: [] }),
          // 版记
          new Paragraph({
            border: { top: { color: '000000', space: 4, style: BorderStyle.SINGLE, size: 6 }, bottom: { color: '000000', space: 4, style: BorderStyle.SINGLE, size: 6 } },
            indent: { left: 320 },
            children: [new TextRun({ text: `抄送：${n.copiedTo}。`, font: { eastAsia: '仿宋_GB2312' }, size: 28 })],
          }),
          new Paragraph({
            tabStops: [{ type: TabStopType.RIGHT, position: 8800 }],
            border: { bottom: { color: '000000', space: 4, style: BorderStyle.SINGLE, size: 12 } },
            indent: { left: 320 },
            children: [new TextRun({ text: `${n.printedBy}\t${n.printedOnText}印发`, font: { eastAsia: '仿宋_GB2312' }, size: 28 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A Word file of one paragraph per line of text, in 仿宋, for smaller cases. */
export async function simpleDocx(lines: readonly string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((line) => body(line, { indent: false })) }] }));
}

/**
 * Puts an embedded object (an OLE object as Word stores one) into a Word file, in
 * the paragraph that contains `after`, right after that text. The bytes are the
 * embedded file: a package such as an .xlsx, or an opaque OLE stream.
 */
export function embedObject(docx: Buffer, after: string, embedded: { name: string; bytes: Uint8Array; progId: string }): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const documentXml = strFromU8(files['word/document.xml']!);
  const relsPath = 'word/_rels/document.xml.rels';
  const rels = strFromU8(files[relsPath]!);
  const id = `rIdEmbedded${(rels.match(/rIdEmbedded/g) ?? []).length + 1}`;
  const run =
    `<w:r><w:object><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:60pt;height:40pt" xmlns:v="urn:schemas-microsoft-com:vml"></v:shape>` +
    `<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" ProgID="${embedded.progId}" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1000000001" r:id="${id}"/></w:object></w:r>`;
  const at = documentXml.indexOf(`${after}</w:t></w:r>`);
  if (at === -1) throw new Error(`embedObject: no run ends with “${after}”`);
  const insertAt = at + `${after}</w:t></w:r>`.length;
  files['word/document.xml'] = strToU8(documentXml.slice(0, insertAt) + run + documentXml.slice(insertAt));
  const type = embedded.name.endsWith('.bin') ? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';
  files[relsPath] = strToU8(rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="embeddings/${embedded.name}"/></Relationships>`));
  files[`word/embeddings/${embedded.name}`] = new Uint8Array(embedded.bytes);
  return Buffer.from(zipSync(files));
}

/** GBK bytes for a text, from the decoder's own table (Node has no GBK encoder). */
export function gbkBytes(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char) ?? [0x3f])));
}
