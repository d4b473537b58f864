/**
 * 阅读设置：在页面绘制之前应用已保存的字号和对比度，避免闪烁；按钮的行为在 src/reader/controls.ts。
 * Inlined in every page's <head> (a download there would hold up the first paint);
 * the Content-Security-Policy allows exactly this text by its hash.
 */
export const readerSettingsScript =
  "(function(root){try{root.setAttribute('data-text-size',localStorage.getItem('reader-text-size')||'medium');" +
  "root.setAttribute('data-contrast',localStorage.getItem('reader-contrast')||'normal');}catch(e){}" +
  "root.setAttribute('data-reader','on');})(document.documentElement);";
