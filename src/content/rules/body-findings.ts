import { BodyFindingsError, type Finding } from '../finding.ts';
import type { BodyViolation } from './body-rules.ts';

/**
 * What is wrong with a body, in staff's words: a place where it breaks the content rule, or what MDX's parser or a
 * body plugin could not accept. The renderer (the build) and the content check say it the same way.
 */

/** What MDX's parser reports, in staff's words: which slip it usually is, and how to write it. */
function syntaxExplanation(error: { reason?: string; message: string; ruleId?: string; source?: string }): { why: string; instead: string } {
  const reason = error.reason ?? error.message;
  const rule = error.ruleId ?? '';
  const source = error.source ?? '';
  const braces = '正文中的大括号 { } 表示程序代码：当作文字时写成 \\{ 和 \\}；注释写成 {/* 注释 */}';
  const angle = '正文中的 < 表示标签的开头：当作文字时写成 \\<（如 指标\\<5%）';
  if (source.includes('mdx-expression') || rule === 'acorn' || rule === 'unexpected-empty-expression') {
    return { why: '大括号 { } 中的内容不是注释，会被当作程序代码读，却读不懂', instead: braces };
  }
  if (rule === 'non-esm' || source.includes('mdxjs-esm')) {
    return { why: '以 import 或 export 开头的行会被当作程序代码', instead: '这是正文文字时，在行首加一个空格；正文不能 import/export 任何东西' };
  }
  if (source.includes('mdx-jsx') && reason.includes('`!`')) return { why: 'HTML 注释 <!-- --> 在这里不能用', instead: '注释写成 {/* 注释 */}' };
  if (rule === 'end-tag-mismatch' || rule === 'unexpected-closing-slash' || rule === 'unexpected-self-closing-slash') {
    const tags = [...reason.matchAll(/`(<\/?[^`]*>)`/g)].map((match) => match[1]).join('、');
    return { why: `标签没有正确闭合${tags ? `（${tags}）` : ''}`, instead: `每个 <标签> 都要有对应的 </标签>，并写在同一个段落里；不需要标签时把 < 写成 \\<` };
  }
  if (rule === 'unexpected-lazy') return { why: '标签里的列表或引用，每一行都要有同样的缩进或 > 开头', instead: '把标签中的每一行对齐；或把标签和列表之间各空一行' };
  if (rule === 'unexpected-attribute') return { why: '标签的属性写法不对', instead: '属性写成 名称="文字"，属性之间用空格分开' };
  if (rule.startsWith('unexpected-eof')) return { why: '标签或大括号没有写完就到了文件末尾', instead: `${angle}；${braces}` };
  if (source.includes('mdx-jsx')) return { why: '这里的 < 被当作标签的开头，但后面不是一个完整的标签', instead: angle };
  return { why: '这一行有正文不能读懂的写法', instead: `${angle}；${braces}；纯文本可以用 npm run import 导入，会自动转义` };
}

/** Staff words for what MDX could not read, at its line and column, with the usual cause. */
function compileFinding(file: string, text: string, error: { line?: number; column?: number; reason?: string; message: string; ruleId?: string; source?: string }): Finding {
  const line = error.line ?? undefined;
  const sourceLine = line ? text.split(/\r?\n/)[line - 1]?.trim() : undefined;
  const { why, instead } = syntaxExplanation(error);
  return {
    severity: 'error',
    file,
    line,
    column: line ? error.column : undefined,
    message: `正文无法读懂${sourceLine ? `这一行：“${sourceLine.slice(0, 60)}”` : '这个文件'}：${why}`,
    fix: instead,
  };
}

/** What compiling a file's body threw, as findings: each of a plugin's findings (an unknown [[名词]]) on its own line, or the MDX syntax error. */
export function compileErrorFindings(file: string, text: string, error: unknown): Finding[] {
  if (error instanceof BodyFindingsError) return error.findings.map((finding) => ({ severity: 'error' as const, file, ...finding }));
  const parserMessage = error as { line?: number; reason?: string; message: string; ruleId?: string; source?: string };
  if (error instanceof Error && parserMessage.source === undefined && parserMessage.ruleId === undefined) {
    // not something MDX could not read but a fault of the site's own code: say so, with what it said, for its maintainers
    return [{ severity: 'error', file, message: `生成正文时网站程序出错（${error.message.split('\n')[0]}）`, fix: '这不是内容的问题：请把这条信息告诉网站的维护人员' }];
  }
  return [compileFinding(file, text, parserMessage)];
}

/** A place where a body breaks the content rule, as a finding: what was found, why not, and what to write. */
export function violationFinding(file: string, violation: BodyViolation): Finding {
  return {
    severity: 'error',
    file,
    line: violation.line,
    column: violation.column,
    message: violation.why.includes(violation.found) ? violation.why : `${violation.found}：${violation.why}`,
    fix: violation.instead,
  };
}
