import { createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { bodyViolations } from '../../src/content/rules/body-rules.ts';
import { MissingFieldsError } from './front-matter.ts';
import { importDocument, type ImportOptions } from './import-document.ts';
import { findLostCharacter } from './subsequence.ts';
import { bodyOf } from '../../src/core/files.ts';

/**
 * Property tests: whatever text a member of staff pastes, the importer does not
 * crash, loses no character, and writes MDX that compiles and keeps to the content rule.
 */
const options: ImportOptions = {
  sourceFile: 'pasted.txt',
  kind: 'plan',
  title: '粘贴的文件',
  slug: 'pasted-document',
  publisher: 'xihu-government',
  summary: '用于测试的摘要。',
  date: '2021-10-12',
};

// pieces that mean something to the importer or to MDX, mixed with ordinary text
const pieces = fc.constantFrom(
  '一、', '（一）', '(二)', '1.', '2)', '①', '⑳', '名词解释', '名词解释：', '索引号:', '发布机构:', '生成日期:', '有效性:', '有效',
  '〔牵头单位：区城建局；责任单位：各街道〕', '(牵头领导:某某;责任部门:某科)', '“', '”', '‘', '’', "''''", '??', '？', '\uFFFD',
  '{', '}', '<', '>', '</', '/>', '[', ']', '(', ')', '*', '_', '#', '##', '`', '~', '|', '\\', '!', '&', '&amp;', '-', '+', '>', ':', ';',
  'import x from "y"', 'export const a = 1', '<script>', '{/* */}', '---', '***', '   ', '\t', '\n', '\n\n', '\r\n',
  '四门八洲十三坡', '雪亮工程', '全運會', '2545', '𠮷', '😀', 'ABC', ' ',
);
const hanChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
const text = fc.array(fc.oneof(pieces, hanChar, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 80 }).map((parts) => parts.join(''));

const compile = (mdx: string) => createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(bodyOf(mdx));

describe('the importer on arbitrary text', () => {
  it('never crashes, never loses a character, and always writes MDX that parses and keeps to the content rule', () => {
    fc.assert(
      fc.property(text, (source) => {
        let result;
        try {
          result = importDocument(source, options);
        } catch (error) {
          // the one refusal allowed: a field the text does not give and no option supplied (all are supplied here)
          if (error instanceof MissingFieldsError) return;
          throw error;
        }
        expect(findLostCharacter(source, result.mdx)).toBeNull();
        expect(bodyViolations(compile(result.mdx) as Root)).toEqual([]);
        for (const term of result.terms) expect(bodyViolations(compile(term.mdx) as Root)).toEqual([]);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });
});
