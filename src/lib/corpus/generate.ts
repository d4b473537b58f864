import yaml from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import { documentKinds, type DocumentKind, type Language, type Validity } from '../kinds.ts';
import { toTraditional } from '../script.ts';
import { characterCount, summaryRule } from '../summary.ts';
import { plainText, splitNumbering, splitSentences, type Block, type Material, type Numbering, type Organisation, type SourceDocument } from './material.ts';
import { Random } from './random.ts';

/**
 * Generates documents that look like a district platform's archive: the mix of
 * kinds, lengths, dates, publishers, metadata and markup the bundled documents
 * show, with their sentences recombined and names and numbers varied so the
 * vocabulary grows with the corpus as a real one does.
 */
export interface CorpusOptions {
  /** generated documents to write */
  count: number;
  seed: number;
  /** share of documents published in Traditional script */
  traditionalShare?: number;
  /** first and last year of publication dates */
  years?: [number, number];
  /** how the site's 索引号 scheme is checked; generation fails if a number would not fit */
  indexNumberPattern?: RegExp;
}

export interface GeneratedFile {
  /** path relative to the corpus folder */
  path: string;
  text: string;
}

/** The kinds the generator writes: 解读 are written by hand, each naming a document it interprets. */
export type GeneratedKind = Exclude<DocumentKind, 'interpretation'>;
/** How often each kind appears on district platforms: news and notices dominate, reports are few. */
export const kindShares: Record<GeneratedKind, number> = { news: 40, disclosure: 30, plan: 15, speech: 10, report: 5 };

/** Median length in characters per kind; lengths spread log-normally around it. */
const medianLength: Record<GeneratedKind, number> = { news: 1500, disclosure: 3000, plan: 5000, speech: 8000, report: 15000 };

/** 主题分类 as gov.cn's policy library names them. */
const topicCategories = [
  '综合政务',
  '国民经济管理、国有资产监管',
  '城乡建设、环境保护',
  '文化、广电、新闻出版',
  '教育',
  '卫生、体育',
  '劳动、人事、监察',
  '民政、扶贫、救灾',
  '工业、交通',
  '商贸、海关、旅游',
  '市场监管、安全生产监管',
  '公安、安全、司法',
];

/** Departments and streets a district government typically has; names only, ids by pinyin. */
const departmentNames = [
  '发展和改革委员会', '教育体育局', '科学技术和工业信息化局', '民政局', '司法局', '财政局',
  '人力资源和社会保障局', '生态环境分局', '住房和城乡建设局', '交通运输局', '农业农村局', '商务局',
  '文化广电新闻出版旅游局', '卫生健康委员会', '退役军人事务局', '应急管理局', '审计局',
  '市场监督管理局', '统计局', '医疗保障局', '信访局', '行政审批局', '人民政府办公室', '融媒体中心',
];
const streetNames = ['南浦', '朝阳洲', '广润门', '系马桩', '绳金塔', '十字街', '丁公路', '南站', '桃源', '桃花'];

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤';
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红飞鹏辉建国峰琳宏志海斌波宁婷雪松林晨阳丹俊';
const placeChars = '桃花朝阳滨江新洲象湖云飞抚河龙泉金盘青山翠柳丰和长春凤凰岭南北塘东溪梅岭西山兴华锦绣文昌德胜永安';
const roles = ['区委书记', '区长', '区委副书记', '常务副区长', '副区长', '区委常委'];

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

export interface DocumentPlan {
  ordinal: number;
  id: string;
  kind: GeneratedKind;
  language: Language;
  date: string;
  time?: string;
  publisher: Organisation;
  validity: Validity;
  supersededBy?: string;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

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

function randomDate(random: Random, [first, last]: [number, number]): string {
  const start = Date.UTC(first, 0, 1);
  const end = Date.UTC(last, 11, 31);
  const day = new Date(start + random.int(0, Math.round((end - start) / 86_400_000)) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function personName(random: Random): string {
  return random.pick([...surnames]) + random.pick([...givenChars]) + (random.chance(0.7) ? random.pick([...givenChars]) : '');
}

function placeName(random: Random): string {
  const chars = [...placeChars];
  return random.pick(chars) + random.pick(chars);
}

/** The district's name from its government (西湖区人民政府 → 西湖区). */
function districtOf(organisations: readonly Organisation[]): { name: string; government?: Organisation } {
  const government = organisations.find((org) => org.type === '人民政府' && org.name.endsWith('区人民政府'));
  return { name: government ? government.name.replace(/人民政府$/, '') : '本区', ...(government ? { government } : {}) };
}

function slug(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A district's departments and streets besides the bundled organisations, so publishers spread as on a real platform. */
export function generatedOrganisations(material: Material): { organisation: Organisation; file: GeneratedFile }[] {
  const district = districtOf(material.organisations);
  const taken = new Set(material.organisations.map((org) => org.id));
  const takenNames = new Set(material.organisations.map((org) => org.name));
  const result: { organisation: Organisation; file: GeneratedFile }[] = [];
  const add = (name: string, type: string, id: string) => {
    if (taken.has(id) || takenNames.has(name)) return;
    taken.add(id);
    const fields = {
      name,
      type,
      ...(district.government ? { parent: district.government.id } : {}),
      description: `生成的测试机构（gen-corpus），不是真实机构。`,
    };
    result.push({ organisation: { id, name, type }, file: { path: `organisations/${id}.yaml`, text: yaml.dump(fields, { lineWidth: -1 }) } });
  };
  for (const name of departmentNames) add(`${district.name}${name}`, '政府部门', `generated-${slug(name)}`);
  for (const name of streetNames) add(`${district.name}${name}街道办事处`, '街道', `generated-${slug(name)}-street`);
  return result;
}

/** Who publishes what: reports and speeches come from the government or party committee, the rest from anyone. */
function publishersFor(kind: DocumentKind, organisations: readonly Organisation[]): Organisation[] {
  const leading = organisations.filter((org) => org.type === '人民政府' || org.type === '党委');
  if ((kind === 'report' || kind === 'speech') && leading.length > 0) return leading;
  return [...organisations];
}

/**
 * The corpus's documents before their text: ids, kinds, dates and publishers.
 * Planned up front so one document can point at a later one that replaced it.
 */
export function planCorpus(material: Material, organisations: readonly Organisation[], options: CorpusOptions): DocumentPlan[] {
  const random = new Random(options.seed).fork('plan');
  const years = options.years ?? [2016, 2025];
  const plans: DocumentPlan[] = [];
  for (let ordinal = 1; ordinal <= options.count; ordinal++) {
    const kind = random.weighted(kindShares);
    const date = randomDate(random, years);
    const language: Language = random.chance(options.traditionalShare ?? 0.1) ? 'zh-Hant' : 'zh-Hans';
    const publisher = random.pick(publishersFor(kind, organisations));
    const validityRoll = random.next();
    const validity: Validity = kind === 'disclosure' || kind === 'plan' ? (validityRoll < 0.03 ? '废止' : validityRoll < 0.1 ? '失效' : '有效') : '有效';
    plans.push({
      ordinal,
      id: `${kind}/${date.slice(0, 4)}-${pad(ordinal, 5)}`,
      kind,
      language,
      date,
      ...(kind === 'news' ? { time: `${pad(random.int(7, 21), 2)}:${pad(random.int(0, 59), 2)}` } : {}),
      publisher,
      validity,
    });
  }
  // a repealed document names the next document of its kind and publisher, when there is one
  const byKind = new Map<string, DocumentPlan[]>();
  for (const plan of [...plans].sort((a, b) => a.date.localeCompare(b.date) || a.ordinal - b.ordinal)) {
    const key = `${plan.kind}:${plan.publisher.id}`;
    const list = byKind.get(key) ?? [];
    list.push(plan);
    byKind.set(key, list);
  }
  for (const list of byKind.values()) {
    list.forEach((plan, index) => {
      // the replacement is one still in force: a repealed replacement would need a pointer onward of its own
      const next = list.slice(index + 1).find((later) => later.validity === '有效');
      if (plan.validity === '废止' && next) plan.supersededBy = next.id;
    });
  }
  return plans;
}

interface Composer {
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

/** Varies numbers and place names; element tags are left alone. */
function vary(composer: Composer, text: string): string {
  const { random } = composer;
  return text
    .split(/(<[^>]+>)/)
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
function composeBody(composer: Composer, skeleton: SourceDocument, targetLength: number): { blocks: string[]; length: number } {
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

const titleTemplates: Record<GeneratedKind, string[]> = {
  news: ['我区召开{topic}工作推进会', '{short}扎实推进{topic}', '{place}街道开展{topic}活动', '区领导调研{topic}工作', '{short}召开{topic}专题会议'],
  disclosure: ['关于{topic}的通知', '{org}关于做好{topic}工作的通知', '{org}关于印发《{topic}工作方案》的通知', '关于{topic}情况的公示', '{org}{year}年{topic}工作总结'],
  plan: ['{org}关于{topic}的实施方案', '{topic}实施方案（{year}—{year2}年）', '关于开展{topic}的工作方案'],
  report: ['{org}工作报告（{year}年）', '{org}关于{year}年{topic}工作情况的报告', '{org}{year}年法治政府建设情况报告'],
  speech: ['{role}在全区{topic}工作会议上的讲话', '在{topic}推进会上的讲话', '{role}在{year}年{topic}专题会上的讲话'],
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** One document as MDX, front matter first, in the importer's field order and YAML style. */
export function renderDocument(material: Material, plan: DocumentPlan, options: CorpusOptions): GeneratedFile {
  const random = new Random(options.seed).fork(`document:${plan.ordinal}`);
  const skeletons = material.documents.filter((doc) => doc.kind === plan.kind);
  const skeleton = skeletons.length > 0 ? random.pick(skeletons) : random.pick(material.documents);
  const year = Number(plan.date.slice(0, 4));
  const composer: Composer = { random, material, kind: plan.kind, places: new Map(), yearShift: year - skeleton.year };
  const targetLength = Math.round(Math.min(60_000, Math.max(300, random.logNormal(medianLength[plan.kind], 0.55))));
  const { blocks } = composeBody(composer, skeleton, targetLength);

  const district = districtOf(material.organisations).name;
  const topic = material.topics.length > 0 ? plainText(vary(composer, random.pick(material.topics))) : '重点工作';
  const role = random.pick(roles);
  const title = fill(random.pick(titleTemplates[plan.kind]), {
    topic,
    org: plan.publisher.name,
    short: plan.publisher.shortName ?? plan.publisher.name,
    place: placeName(random),
    year: String(year),
    year2: String(year + 2),
    role,
  });
  const firstParagraph = blocks.find((block) => !/^[#|<]/.test(block) && plainText(block).length >= 30) ?? title;
  let summary = '';
  for (const sentence of splitSentences(firstParagraph)) {
    summary += splitNumbering(plainText(sentence)).rest;
    if (summary.length >= 60) break;
  }
  if (!summary) summary = title;
  // the summary rule's lower bound holds whatever the document's length (src/lib/summary.ts)
  if (characterCount(summary) > summaryRule.short) summary = `${[...summary].slice(0, summaryRule.short - 1).join('')}…`;

  const isNotice = plan.kind === 'disclosure' || plan.kind === 'plan';
  const indexNumber = `GEN${pad(documentKinds.indexOf(plan.kind), 1)}${pad(options.seed % 100, 2)}-${year}-${pad(random.int(0, 9999), 4)}-${pad(random.int(0, 9999), 4)}-${pad(Math.floor(plan.ordinal / 10000), 4)}-${pad(plan.ordinal % 10000, 4)}`;
  if (options.indexNumberPattern && !options.indexNumberPattern.test(indexNumber)) {
    throw new Error(`生成的索引号 ${indexNumber} 不符合网站配置的索引号格式 ${options.indexNumberPattern}：请让 gen-corpus 按新的格式生成索引号。`);
  }
  const columnPaths = material.documents.filter((doc) => doc.kind === plan.kind && doc.columnPath.length > 0).map((doc) => doc.columnPath);
  const changedOn = plan.validity === '有效' ? undefined : addDays(plan.date, random.int(365, 1500));
  const changes = random.chance(0.05)
    ? [{ date: addDays(plan.date, random.int(1, 60)), note: random.pick(['更正了正文中的错别字。', '补充了附件。', '更正了联系电话。']), major: false }]
    : [];
  const others = material.organisations.filter((org) => org.id !== plan.publisher.id);
  const departments = isNotice && others.length > 0 && random.chance(0.3) ? [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(others).id))] : [];

  // a Traditional document is the publisher's text in Traditional; the site's own values (enums, notes) stay as the schema spells them
  const script = plan.language === 'zh-Hant' ? toTraditional : (text: string) => text;
  const documentNumber = `${district.replace(/区$/, '')}${random.pick(['府发', '府办发', '府办字', '建字', '发'])}〔${year}〕${random.int(1, 120)}号`;
  const fields: Record<string, unknown> = {
    title: script(title),
    kind: plan.kind,
    date: plan.date,
    ...(plan.time ? { time: plan.time } : {}),
    publisher: plan.publisher.id,
    language: plan.language,
    summary: script(summary),
    source: { name: script(plan.publisher.name) },
    topic: random.pick(topicCategories),
    ...(isNotice || random.chance(0.5) ? { indexNumber } : {}),
    ...(isNotice && random.chance(0.7) ? { documentNumber: script(documentNumber) } : {}),
    validity: plan.validity,
    // a document no longer in force always says since when (the content check requires it): never later than the corpus's last year
    ...(changedOn ? { validityChangedOn: changedOn <= `${(options.years ?? [2016, 2025])[1]}-12-31` ? changedOn : `${(options.years ?? [2016, 2025])[1]}-12-31` } : {}),
    ...(plan.validity !== '有效' ? { validityReason: plan.supersededBy ? '已被新文件替代' : '有效期届满' } : {}),
    ...(plan.supersededBy ? { supersededBy: plan.supersededBy } : {}),
    ...(isNotice ? { disclosureScope: '面向全社会', disclosureMethod: '主动公开' } : {}),
    ...(columnPaths.length > 0 ? { columnPath: random.pick(columnPaths).map(script) } : {}),
    ...(plan.kind === 'speech' || plan.kind === 'report' ? { speaker: script(`${personName(random)}（${district}${plan.kind === 'report' ? '人民政府区长' : role.replace(/^区/, '')}）`) } : {}),
    ...(plan.kind === 'speech' ? { occasion: script(`全区${topic}工作会议`) } : {}),
    ...(departments.length > 0 ? { departments } : {}),
    ...(changes.length > 0 ? { changes } : {}),
  };
  const text = [
    '---',
    `# 生成的测试文档（gen-corpus，种子 ${options.seed}，第 ${plan.ordinal} 篇），内容由示例文档的句子重新组合而成，不是真实公文。`,
    yaml.dump(fields, { lineWidth: -1, quotingType: "'", forceQuotes: false }).trimEnd(),
    '---',
    '',
    script(blocks.join('\n\n')),
    '',
  ].join('\n');
  return { path: `documents/${plan.id}.mdx`, text };
}
