import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexRanges } from './index-ranges.ts';

/**
 * Reads the word range of each index chunk from the Pagefind metadata the index step has just written
 * (pagefind.<hash>.pf_meta: gzip, a signature, then CBOR). Only the few CBOR forms that file uses are read; the chunk
 * list is recognised by its shape (arrays of [first word, last word, chunk file]), each file checked to exist, so a
 * change of format fails here loudly instead of publishing wrong ranges.
 */
function decodeCbor(bytes: Uint8Array, start: number): { value: unknown; end: number } {
  let at = start;
  const head = bytes[at++]!;
  const major = head >> 5;
  let length = head & 0x1f;
  if (length === 24) length = bytes[at++]!;
  else if (length === 25) length = (bytes[at++]! << 8) | bytes[at++]!;
  else if (length === 26) length = ((bytes[at++]! << 24) >>> 0) + ((bytes[at++]! << 16) | (bytes[at++]! << 8) | bytes[at++]!);
  else if (length > 26 && major !== 7) throw new Error(`CBOR 长度格式 ${length} 不支持`);
  switch (major) {
    case 0:
      return { value: length, end: at };
    case 1:
      return { value: -1 - length, end: at };
    case 2:
      return { value: bytes.slice(at, at + length), end: at + length };
    case 3:
      return { value: new TextDecoder().decode(bytes.slice(at, at + length)), end: at + length };
    case 4: {
      const items: unknown[] = [];
      for (let k = 0; k < length; k++) {
        const item = decodeCbor(bytes, at);
        items.push(item.value);
        at = item.end;
      }
      return { value: items, end: at };
    }
    case 5: {
      const map = new Map<unknown, unknown>();
      for (let k = 0; k < length; k++) {
        const key = decodeCbor(bytes, at);
        const value = decodeCbor(bytes, key.end);
        map.set(key.value, value.value);
        at = value.end;
      }
      return { value: map, end: at };
    }
    case 7:
      return { value: length === 20 ? false : length === 21 ? true : null, end: at };
    default:
      throw new Error(`CBOR 类型 ${major} 不支持`);
  }
}

function findChunkList(value: unknown, isChunk: (name: string) => boolean): IndexRanges | undefined {
  if (!Array.isArray(value)) return undefined;
  const shaped = value.length > 0 && value.every((item) => Array.isArray(item) && item.length === 3 && item.every((part) => typeof part === 'string') && isChunk(item[2] as string));
  if (shaped) return value.map((item) => [item[0], item[1]] as [string, string]);
  for (const item of value) {
    const found = findChunkList(item, isChunk);
    if (found) return found;
  }
  return undefined;
}

/** The word ranges of the index chunks of a Pagefind bundle folder (dist/pagefind). */
export function readIndexRanges(bundleDir: string): IndexRanges {
  const metaFile = readdirSync(bundleDir).find((name) => name.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`${bundleDir} 中没有 Pagefind 的 .pf_meta 文件`);
  const chunks = new Set(readdirSync(join(bundleDir, 'index')).map((name) => name.replace(/\.pf_index$/, '')));
  const bytes = gunzipSync(readFileSync(join(bundleDir, metaFile)));
  const signature = new TextEncoder().encode('pagefind_dcd');
  const start = signature.every((byte, k) => bytes[k] === byte) ? signature.length : 0;
  const ranges = findChunkList(decodeCbor(bytes, start).value, (name) => chunks.has(name));
  if (!ranges || ranges.length !== chunks.size) throw new Error(`无法从 ${metaFile} 读出 ${chunks.size} 个索引分片的词语范围（Pagefind 的格式可能变了）`);
  return ranges;
}
