import { describe, expect, it } from 'vitest';
import { decodeContentFile } from './file-text.ts';

describe('reading a content file', () => {
  it('drops a byte-order mark and reads CRLF as plain line ends', () => {
    expect(decodeContentFile(Buffer.from('\uFEFF---\r\ntitle: 通知\r\n---\r\n\r\n正文。\r\n'))).toEqual({ text: '---\ntitle: 通知\n---\n\n正文。\n' });
  });

  it('names a GBK file, the line where its text first goes wrong, and how to save it as UTF-8', () => {
    // “---\ntitle: a\n---\n\n先民生” with 先民生 in GBK
    const bytes = Buffer.concat([Buffer.from('---\ntitle: a\n---\n\n'), Buffer.from([0xcf, 0xc8, 0xc3, 0xf1, 0xc9, 0xfa, 0x0a])]);
    const result = decodeContentFile(bytes);
    expect(result).toEqual({ problem: { line: 5, why: expect.stringContaining('GBK 编码'), instead: expect.stringContaining('UTF-8') } });
  });

  it('names a UTF-16 file', () => {
    const result = decodeContentFile(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---', 'utf16le')]));
    expect('problem' in result && result.problem.why).toContain('UTF-16');
  });

  it('keeps a replacement character that is really in a UTF-8 file (the damage warning reports it)', () => {
    expect(decodeContentFile(Buffer.from('正文\uFFFD。'))).toEqual({ text: '正文\uFFFD。' });
  });
});
