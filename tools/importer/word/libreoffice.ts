/**
 * Old Word (.doc), WPS (.wps) and OpenDocument (.odt) files are turned into .docx by
 * LibreOffice run headless (Debian's libreoffice-writer-nogui), then imported as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const installHint = 'Debian/Ubuntu：以管理员身份运行 apt-get install libreoffice-writer-nogui；或在 Word/WPS 中把文件“另存为”.docx 后再导入';

/** Thrown when LibreOffice is missing or cannot convert the file. */
export class ConversionError extends Error {}

/** The soffice program, where LibreOffice is installed. */
export function findLibreOffice(): string | undefined {
  // SOFFICE_PATH names the program; when it is set, nothing else is looked for
  if (process.env.SOFFICE_PATH !== undefined) return existsSync(process.env.SOFFICE_PATH) ? process.env.SOFFICE_PATH : undefined;
  const candidates = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** Converts a file to another format with LibreOffice; returns the converted bytes. */
export function convertWithLibreOffice(bytes: Uint8Array, fileName: string, to: 'docx' | 'doc'): Uint8Array {
  const soffice = findLibreOffice();
  if (!soffice) throw new ConversionError(`${fileName}：导入 ${extname(fileName) || '此类'} 文件需要先用 LibreOffice 转换为 .docx，但本机没有安装 LibreOffice。${installHint}。`);
  const work = mkdtempSync(join(tmpdir(), 'import-convert-'));
  try {
    // the input under a plain name: LibreOffice is given no path it could misread
    const input = join(work, `source${extname(fileName).toLowerCase() || '.bin'}`);
    writeFileSync(input, bytes);
    const outDir = join(work, 'out');
    // a profile of its own, so a conversion never waits on (or disturbs) a LibreOffice that staff have open
    const profile = pathToFileURL(join(work, 'profile')).href;
    const result = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, input], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: work },
    });
    const produced = existsSync(outDir) ? readdirSync(outDir).find((name) => name.endsWith(`.${to}`)) : undefined;
    if (result.status !== 0 || !produced) {
      const reason = result.error ? result.error.message : (result.stderr || result.stdout || '').trim().split('\n').filter((line) => !/javaldx/.test(line)).join(' ');
      throw new ConversionError(
        `${fileName}：LibreOffice 无法把这个文件转换为 .${to}${reason ? `（${reason}）` : ''}。文件可能已损坏或设置了打开密码：请在 Word/WPS 中打开，取消密码后“另存为”.docx 再导入。`,
      );
    }
    return readFileSync(join(outDir, produced));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
