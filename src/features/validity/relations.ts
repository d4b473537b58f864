import type { ContentFile } from '../../lib/check/content-model.ts';
import type { Finding } from '../../lib/check/finding.ts';
import { interpretsFindings } from '../interpretation/rules.ts';
import { replacementFindings } from './rules.ts';

/**
 * The rules between documents that no one file shows: what a 解读 interprets, and where a chain of replacements
 * leads. The content check and the content loader both run them on every document, so both refuse the same files
 * in the same words.
 */
export function documentRelationFindings(documents: readonly ContentFile[]): Finding[] {
  return [...interpretsFindings(documents), ...replacementFindings(documents)];
}
