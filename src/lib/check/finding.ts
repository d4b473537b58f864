/** One problem in the content, as a staff member reads it: where, what, and how to fix it. */
export interface Finding {
  severity: 'error' | 'warning';
  /** path relative to the project, e.g. content/documents/report/x.mdx */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  fix: string;
}

export function formatFinding(finding: Finding): string {
  const where = finding.line ? `${finding.file}:${finding.line}${finding.column ? `:${finding.column}` : ''}` : finding.file;
  const label = finding.severity === 'error' ? '错误' : '警告';
  return `${where}  ${label}：${finding.message}\n    改法：${finding.fix}`;
}
