import type { z } from 'astro/zod';
import { editDistance } from '../glossary/suggest.ts';
import { documentKinds, isDocumentKind, kindLabels } from '../kinds.ts';
import { documentLength, summaryProblem } from '../summary.ts';
import type { ContentFile } from './content-model.ts';
import type { Finding } from './finding.ts';

/**
 * A file's front matter against its collection's schema (src/content.config.ts), in staff's words: each problem at
 * the line of its field, with the fix; a field name the schema does not know is named with the nearest one it does
 * (`tittle` → `title`) rather than dropped; and the rules that need the file itself (the summary's length by the
 * document's, the kind its folder says). The content check and the content loader both run it.
 */

type Schema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  in?: Schema;
  out?: Schema;
}
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema inside wrappers (optional, default, preprocess…), if there is one. */
function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape;
  const inner = def.innerType ?? (def.type === 'pipe' ? (defOf(def.in!).type === 'transform' ? def.out : def.in) : undefined);
  return inner ? objectShape(inner) : undefined;
}

function arrayElement(schema: Schema): Schema | undefined {
  const def = defOf(schema);
  if (def.type === 'array') return def.element;
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? arrayElement(inner) : undefined;
}

/** The known name nearest to a misspelt one, when it is near enough to be a slip. */
export function nearestKey(wanted: string, known: readonly string[]): string | undefined {
  const scored = known
    .map((name) => ({ name, distance: editDistance(wanted.toLowerCase(), name.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
  const best = scored[0];
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

interface UnknownKey {
  path: (string | number)[];
  key: string;
  suggestion: string | undefined;
  known: string[];
}

function unknownKeys(value: unknown, schema: Schema, path: (string | number)[] = []): UnknownKey[] {
  const shape = objectShape(schema);
  if (shape && value && typeof value === 'object' && !Array.isArray(value)) {
    const known = Object.keys(shape);
    return Object.entries(value).flatMap(([key, inner]) =>
      key in shape ? unknownKeys(inner, shape[key]!, [...path, key]) : [{ path: [...path, key], key, suggestion: nearestKey(key, known), known }],
    );
  }
  const element = arrayElement(schema);
  if (element && Array.isArray(value)) return value.flatMap((item, index) => unknownKeys(item, element, [...path, index]));
  return [];
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（写成 [甲, 乙]，或每项另起一行以“  - ”开头）',
  object: '几项下级属性（另起一行，缩进两个空格书写）',
  date: '日期',
};

function describeValue(input: unknown): string {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'object') return '几项下级属性';
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return String(input);
  return `“${String(input)}”`;
}

const fieldName = (path: readonly PropertyKey[]) => path.map((part) => (typeof part === 'number' ? `第 ${part + 1} 项` : String(part))).join(' 的 ');

/** Zod's own messages are English: the ones our schemas do not word themselves, in Chinese. */
function chineseMessage(issue: z.core.$ZodRawIssue): string {
  const field = fieldName(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少 ${field}`;
      return `${field} 应该是${typeNames[issue.expected] ?? issue.expected}，现在写的是${describeValue(issue.input)}`;
    case 'invalid_value':
      return `${field} 只能是：${issue.values.map(String).join('、')}`;
    case 'too_big':
      return `${field} 不能超过 ${String(issue.maximum)} ${issue.origin === 'array' ? '项' : '个字'}`;
    case 'too_small':
      return issue.origin === 'array' ? `${field} 至少要有 ${String(issue.minimum)} 项` : `${field} 不能为空`;
    case 'invalid_format':
      return issue.format === 'url' ? `${field} 不是有效的网址（要以 https:// 或 http:// 开头）` : `${field} 的格式不对`;
    case 'invalid_union':
      return `${field} 的写法不对`;
    default:
      return `${field} 的写法不对`;
  }
}

/** What to write instead, by the kind of problem. */
function fixFor(issue: z.core.$ZodIssue, value: unknown): string {
  // a rule that knows its own fix says it (src/features/*/rules.ts)
  if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string') return issue.params['fix'];
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_type' && value === undefined) return `在属性区加一行 ${fieldName(issue.path)}: …（见 README“Adding or editing a document”中的示例）`;
  if (issue.code === 'invalid_type' && value !== null && typeof value === 'object' && issue.expected === 'string') {
    return '值以 { 或 [ 开头时，YAML 会把它读成别的类型：把整个值用引号括起来';
  }
  if (issue.code === 'invalid_value') return `改成 ${issue.values.map(String).join('、')} 中的一个`;
  if (issue.code === 'too_big') return `把 ${field} 缩短到 ${String(issue.maximum)} 个字以内`;
  if (issue.path.at(-1) === 'url') return `写成以 https:// 开头的完整网址，例如 https://www.example.gov.cn/art/2021/10/12/art_1.html；没有网址就删除这一行`;
  if (field === 'publisher' || field === 'departments' || field === 'parent') return '填 content/organisations/ 中机构文件的文件名（不带 .yaml）';
  if (field === 'supersededBy' || field === 'sourceDocument' || field === 'interprets') return '填文件的地址，形如 plan/xihu-urban-renewal-2023（documents/ 下的路径，不带 .mdx）';
  return `按上面的说明改正 ${fieldName(issue.path)}`;
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined), data);

/** Every problem in a file's front matter, at the line of its field. */
export function frontMatterFindings(entry: ContentFile, schema: Schema): Finding[] {
  const findings: Finding[] = [];
  const line = (path: readonly (string | number)[]) => entry.lineOfPath?.(path) ?? entry.lineOf(String(path[0])) ?? 1;
  const unknown = unknownKeys(entry.data, schema);
  for (const { path, key, suggestion, known } of unknown) {
    findings.push({
      severity: 'error',
      file: entry.file,
      line: line(path),
      message: suggestion ? `属性名 ${key} 不存在，是不是 ${suggestion}？` : `属性名 ${key} 不存在（网站不认识它，它的值不会发布）`,
      fix: suggestion ? `把 ${key} 改成 ${suggestion}` : `改成已有的属性名：${known.join('、')}；或删除这一行`,
    });
  }
  // a misspelt field is reported once, by its own name: not a second time as the field that is then missing
  const suggested = new Set(unknown.filter((item) => item.suggestion).map((item) => [...item.path.slice(0, -1), item.suggestion].join('.')));
  const result = schema.safeParse(entry.data, { error: (issue) => chineseMessage(issue) });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
      if (issue.code === 'invalid_type' && valueAt(entry.data, path) === undefined && suggested.has(path.join('.'))) continue;
      // the field as staff write it, then what is wrong with it (the schemas' own words name it in Chinese)
      const name = fieldName(path);
      const message = name && !issue.message.includes(name) ? `${name}：${issue.message}` : issue.message;
      findings.push({ severity: 'error', file: entry.file, line: line(path), message, fix: fixFor(issue, valueAt(entry.data, path)) });
    }
  }
  if (entry.collection === 'documents') findings.push(...documentFindings(entry));
  return findings;
}

/** The rules of a document that need more than its front matter: its folder, and its length. */
function documentFindings(entry: ContentFile): Finding[] {
  const findings: Finding[] = [];
  const folder = entry.id.includes('/') ? entry.id.split('/')[0]! : undefined;
  const kind = entry.data['kind'];
  const kinds = documentKinds.map((item) => `${item}（${kindLabels[item]}）`).join('、');
  if (folder === undefined || !isDocumentKind(folder)) {
    findings.push({ severity: 'error', file: entry.file, line: 1, message: `文件不在类型文件夹中（${folder ? `“${folder}”不是文档类型` : '直接放在了 documents/ 下'}）`, fix: `把文件移到 content/documents/<类型>/ 下，类型是：${kinds}` });
  } else if (typeof kind === 'string' && isDocumentKind(kind) && kind !== folder) {
    findings.push({
      severity: 'error',
      file: entry.file,
      line: entry.lineOf('kind') ?? 1,
      message: `kind 写的是 ${kind}（${kindLabels[kind]}），文件却在 ${folder}/（${kindLabels[folder]}）文件夹中`,
      fix: `二者要一致：把 kind 改成 ${folder}，或把文件移到 content/documents/${kind}/ 下（文件夹决定网址）`,
    });
  }
  const summary = entry.data['summary'];
  if (typeof summary === 'string') {
    const problem = summaryProblem(summary, documentLength(entry.body));
    if (problem) findings.push({ severity: 'error', file: entry.file, line: entry.lineOf('summary') ?? 1, ...problem });
  }
  return findings;
}
