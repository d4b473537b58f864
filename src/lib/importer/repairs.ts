import yaml from 'js-yaml';

/**
 * A hand repair of damaged source text, made in the imported MDX. Each repair is kept in
 * the document's source record (front matter `source.repairs`) with the exact text before
 * and after; the public change note says in plain words what changed.
 */
export interface TextRepair {
  line: number;
  damaged: string;
  restored: string;
  /** how the damage was undone, for the record (technical words are fine here) */
  reason: string;
}

/** The change note readers see for a set of repairs: plain words, no encoding jargon. */
export function repairsChangeNote(repairs: readonly TextRepair[], date: string): { date: string; note: string; major: boolean } {
  return { date, note: `更正了原文转码造成的乱码 ${repairs.length} 处。`, major: false };
}

/**
 * Applies repairs to the imported body. Each damaged text must occur exactly once,
 * so a repair can never change a place it was not meant for.
 */
export function applyRepairs(mdx: string, repairs: readonly TextRepair[], sourceFile: string): string {
  const bodyStart = mdx.indexOf('\n---\n', 4) + 5;
  const frontMatter = mdx.slice(0, bodyStart);
  let body = mdx.slice(bodyStart);
  for (const repair of repairs) {
    const count = body.split(repair.damaged).length - 1;
    if (count !== 1) {
      throw new Error(`${sourceFile}:${repair.line}: 修复“${repair.damaged}”应只出现一次，实际出现 ${count} 次，请核对修复清单。`);
    }
    body = body.replace(repair.damaged, () => repair.restored);
  }
  return frontMatter + body;
}

/**
 * The text as it was imported, before its repairs, kept as the document's earlier version
 * (content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx), so the repairs are a real two-version history with a 修订对照.
 * Its date must be one the record supports, never invented: the day the source page says it put the text up
 * (source.repostedOn), or else the document's own date when it is a day. Without either there is no version.
 */
export function importedVersion(mdx: string, id: string, repairs: readonly TextRepair[]): { path: string; text: string } | undefined {
  if (repairs.length === 0) return undefined;
  const bodyStart = mdx.indexOf('\n---\n', 4) + 5;
  const data = yaml.load(mdx.slice(4, bodyStart - 5), { schema: yaml.JSON_SCHEMA }) as { date?: unknown; source?: { repostedOn?: unknown } };
  const reposted = typeof data.source?.repostedOn === 'string' ? data.source.repostedOn : undefined;
  const day = typeof data.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : undefined;
  const date = reposted ?? day;
  if (!date) return undefined;
  const dateNote = reposted
    ? `来源网页注明的上传时间是 ${reposted}：本站导入的是该网页上的文字，以这一天作为这一版本的日期（不是文件本身的日期）。`
    : '文件本身的发布日期：本站导入的是这一天发布的文字。';
  const text = [
    '---',
    '# npm run import:seeds 按原样导入的文字（修复之前），由导入程序生成，请勿手改',
    `note: 按来源原样导入的文字，其中有转码造成的乱码 ${repairs.length} 处（现行版本已更正）。`,
    `dateNote: ${dateNote}`,
    '---',
    mdx.slice(bodyStart),
  ].join('\n');
  return { path: `${id}/${date}.mdx`, text };
}
