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

/** A finding a body plugin makes about the text it reads (an unknown [[名词]]): its place and its words, the file aside. */
export type BodyFinding = Omit<Finding, 'severity' | 'file'>;

/**
 * Thrown by a body plugin when the text itself is wrong: the renderer and the content check report each finding at
 * its own line, as they report a body rule the text breaks, rather than as a fault of the site's code.
 */
export class BodyFindingsError extends Error {
  readonly findings: readonly BodyFinding[];
  /** where the first one is, read by Astro's error overlay and log */
  line: number | undefined;
  column: number | undefined;

  constructor(message: string, findings: readonly BodyFinding[]) {
    super(message);
    this.name = 'BodyFindingsError';
    this.findings = findings;
    this.line = findings[0]?.line;
    this.column = findings[0]?.column;
  }
}
