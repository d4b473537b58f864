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
  // ?? runs, or a ? glued to other ASCII debris, or a ? between Chinese characters
  { kind: 'question-marks', pattern: new RegExp(`[?？]{2,}|[?？](?=[!,.;:'A-Za-z]*${han})(?<=${han}[?？])`, 'gu') },
  { kind: 'quote-debris', pattern: /'{2,}/g },
];

export function findDamage(text: string): DamageFinding[] {
  const findings: DamageFinding[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { kind, pattern } of patterns) {
      for (const match of line.matchAll(pattern)) {
        const start = match.index;
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
