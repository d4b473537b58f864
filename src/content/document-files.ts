import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { filesUnder } from '../core/files.ts';
import { documentFileUrl } from '../core/urls.ts';

/**
 * A document's own files (its attachments and the images of its body) live in
 * content/files/<kind>/<document>/ beside the text, so any content folder carries
 * them, and are published at /files/<kind>/<document>/<name>.
 */
export const filesFolderName = 'files';

export function documentFilesDir(contentRoot: string, documentId: string): string {
  return join(contentRoot, filesFolderName, ...documentId.split('/'));
}

/** Every file under content/files/, as paths relative to it (`disclosure/x/attachment-1.xlsx`). */
export function publishedFiles(contentRoot: string): string[] {
  return filesUnder(join(contentRoot, filesFolderName), /\.[A-Za-z0-9]+$/);
}

const typeLabels: Record<string, string> = {
  '.pdf': 'PDF 文件',
  '.doc': 'Word 文档',
  '.docx': 'Word 文档',
  '.wps': 'WPS 文档',
  '.odt': '文档',
  '.xls': 'Excel 表格',
  '.xlsx': 'Excel 表格',
  '.et': 'WPS 表格',
  '.ods': '表格',
  '.csv': '表格',
  '.ppt': '演示文稿',
  '.pptx': '演示文稿',
  '.txt': '文本文件',
  '.zip': '压缩包',
  '.png': '图片',
  '.jpg': '图片',
  '.jpeg': '图片',
  '.gif': '图片',
};

export function fileTypeLabel(file: string): string {
  return typeLabels[extname(file).toLowerCase()] ?? `${extname(file).slice(1).toUpperCase()} 文件`;
}

/** 12 KB, 1.3 MB: what a reader on a phone wants to know before downloading. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An attachment as its document's page lists it. */
export interface AttachmentView {
  title: string;
  href?: string;
  type?: string;
  size?: string;
}

/** The attachments of a document as its page lists them: a link, type and size where the file is published. */
export function describeAttachments(contentRoot: string, documentId: string, attachments: readonly { title: string; file?: string | undefined }[]): AttachmentView[] {
  return attachments.map(({ title, file }) => {
    if (!file) return { title };
    let size: string | undefined;
    try {
      size = formatFileSize(statSync(join(documentFilesDir(contentRoot, documentId), file)).size);
    } catch {
      size = undefined; // the content check reports a missing file; the page still names the attachment
    }
    return { title, href: documentFileUrl(documentId, file), type: fileTypeLabel(file), ...(size ? { size } : {}) };
  });
}
