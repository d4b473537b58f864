/**
 * Finds text damaged on its way to us (wrong encoding, lost bytes) so that an
 * importer or a check can report it with its place instead of keeping it silently.
 */
export interface DamageFinding {
  /** 1-based line and column in the text given */
  line: number;
  column: number;
  kind: 'question-marks' | 'replacement-character' | 'quote-debris';
  /** the damaged characters */
  text: string;
  /** the damaged characters with some text either side, to find the place */
  context: string;
}

const han = '\\p{Script=Han}';
const patterns: { kind: DamageFinding['kind']; pattern: RegExp }[] = [
  { kind: 'replacement-character', pattern: /\uFFFD+/gu },
  // ?? runs, or a ? glued to other ASCII debris, or a ? between Chinese characters (a question is let through below)
  { kind: 'question-marks', pattern: new RegExp(`[?？]{2,}|[?？](?=[!,.;:'A-Za-z]*${han})(?<=${han}[?？])`, 'gu') },
  { kind: 'quote-debris', pattern: /'{2,}/g },
];

/** Words that make a clause a question, Simplified and Traditional: a ？ after them ends a sentence, it replaces nothing. */
const interrogative = /吗|嗎|呢|什么|什麼|甚麼|怎么|怎麼|怎样|怎樣|如何|为什么|為什麼|为何|為何|哪|谁|誰|几|幾|多少|是否|能否|可否|是不是|有没有|有沒有|难道|難道|么|麼|吧|何/;

/** A single ？ that ends a question (the clause before it asks something) is punctuation, not a lost character. */
function endsQuestion(line: string, index: number): boolean {
  const clauseStart = Math.max(...['。', '！', '!', '？', '?', '；', ';', '，', ',', '：', ':'].map((mark) => line.lastIndexOf(mark, index - 1))) + 1;
  return interrogative.test(line.slice(clauseStart, index));
}

export function findDamage(text: string): DamageFinding[] {
  const findings: DamageFinding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { kind, pattern } of patterns) {
      for (const match of line.matchAll(pattern)) {
        const start = match.index;
        if (kind === 'question-marks' && match[0].length === 1 && endsQuestion(line, start)) continue;
        findings.push({
          line: index + 1,
          column: start + 1,
          kind,
          text: match[0],
          context: line.slice(Math.max(0, start - 8), start + match[0].length + 8),
        });
      }
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

const kindNames: Record<DamageFinding['kind'], string> = {
  'question-marks': '中文中夹有问号（常见于编码错误）',
  'replacement-character': '出现替换字符 �（原文字节已丢失）',
  'quote-debris': '连续的英文单引号（引号残片）',
};

/** What is wrong and where to look, without the file: “中文中夹有问号（常见于编码错误）：“…””. */
export function damageMessage(finding: DamageFinding): string {
  return `${kindNames[finding.kind]}：“${finding.context}”`;
}

export function describeDamage(file: string, finding: DamageFinding): string {
  return `${file}:${finding.line}:${finding.column}: ${damageMessage(finding)}——请对照原件或上下文改正这些字符。`;
}

/** A place a person has compared with the original: `15:8` (line 15, column 8) or `15` (the whole line). */
export interface CheckedPlace {
  line: number;
  column?: number;
}

/** Reads `--checked` values; a value that is not a place is an error that says how to write one. */
export function parseCheckedPlaces(values: readonly string[]): CheckedPlace[] {
  return values.map((value) => {
    const match = /^(\d+)(?::(\d+))?$/.exec(value.trim());
    if (!match) throw new Error(`--checked ${value}：请写成“行:列”（如 15:8，即警告中文件名后的两个数字）或只写行号（如 15，表示该行的全部警告）。`);
    return { line: Number(match[1]), ...(match[2] ? { column: Number(match[2]) } : {}) };
  });
}

/** Whether a warning is at a place marked as checked: the text there is the original's, not damage. */
export function isChecked(finding: DamageFinding, places: readonly CheckedPlace[]): boolean {
  return places.some((place) => place.line === finding.line && (place.column === undefined || place.column === finding.column));
}
