import { renderRecord } from '../../core/render-record.ts';
import type { TermUse } from './link-terms.ts';

/**
 * Where a body uses each glossary term: counted by the glossary linker while the body is rendered, listed by the term
 * pages (core/render-record.ts carries it).
 */
export const termUses = renderRecord<TermUse[]>('termUses', (value): value is TermUse[] => Array.isArray(value) && value.every((use) => typeof use?.termId === 'string' && typeof use?.count === 'number'), []);
