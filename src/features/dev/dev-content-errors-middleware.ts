import { defineMiddleware } from 'astro:middleware';
import { resolve } from 'node:path';
import { contentErrors, contentErrorsMessage } from '../../content/loader/content-errors.ts';

/** Dev server only (added by dev-content-errors.ts): while content has errors, a page shows them instead of old content. */
export const onRequest = defineMiddleware((context, next) => {
  const message = contentErrorsMessage();
  // the dev server's own assets still load, so the overlay can show
  if (message && !/^\/(@|_astro|node_modules|src\/)/.test(context.url.pathname)) {
    // shaped as Astro's own errors, so its overlay shows a Chinese title and hint, and the first file in question
    const first = [...contentErrors().errors.keys()].sort()[0]!;
    throw Object.assign(new Error(message), {
      name: '内容错误',
      title: '内容有错误，网站暂时显示的是上次正确的内容',
      hint: '按上面每条说明改正文件并保存，页面会自动更新。字段的写法见 STAFF.md 中的“五、字段说明”。',
      loc: { file: resolve(first), line: 1, column: 1 },
      stack: '',
      // Astro adds a hint about browser APIs to any error whose text says “document”, as ours do (documents → …)
      toString: () => `内容错误：${message}`.replace(/document/g, '文件'),
    });
  }
  return next();
});
