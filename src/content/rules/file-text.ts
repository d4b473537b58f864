/**
 * A content file's text as the site reads it: UTF-8, with a byte-order mark (as Windows Notepad writes it) dropped
 * and Windows line ends (CRLF) read as plain ones. A file in another encoding (GBK, as Chinese Windows saves by
 * default, or UTF-16) is refused with how to save it again, instead of being published as garbled characters.
 */
export type FileText = { text: string } | { problem: { line: number; why: string; instead: string } };

const resave = '用记事本打开这个文件，选“文件 → 另存为”，“编码”选“UTF-8”后保存（WPS、Word：另存为“纯文本”，编码选 UTF-8）';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    return /\p{Script=Han}/u.test(new TextDecoder('gbk', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

export function decodeContentFile(bytes: Uint8Array): FileText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { line: 1, why: '文件是 UTF-16 编码，网站只读 UTF-8 编码的文件', instead: resave } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // where the first undecodable byte is, so staff can see which text came in wrong
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    const encoding = looksLikeGbk(bytes) ? '看起来是 GBK 编码（中文 Windows 的默认保存方式）' : '不是 UTF-8 编码';
    return { problem: { line, why: `文件${encoding}，网站只读 UTF-8 编码的文件，否则中文会变成乱码`, instead: resave } };
  }
  // TextDecoder drops a UTF-8 byte-order mark itself; line ends become \n, so lines and columns are the same everywhere
  return { text: text.replace(/\r\n?/g, '\n') };
}
