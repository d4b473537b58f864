// 阅读设置按钮：字号（小、中、大、特大）和高对比度。选择保存在 localStorage，
// 由 <head> 中的 reader-settings.js 在下次打开任何页面时先行应用。
(function (root) {
  var sizes = ['small', 'medium', 'large', 'xlarge'];
  function save(key, value) {
    try { localStorage.setItem(key, value); } catch (e) {}
  }
  function show() {
    var size = root.getAttribute('data-text-size');
    var high = root.getAttribute('data-contrast') === 'high';
    document.querySelectorAll('[data-reader-size]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-reader-size') === size));
    });
    document.querySelectorAll('[data-reader-contrast]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(high));
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-reader-size], [data-reader-contrast]') : null;
    if (!button) return;
    var size = button.getAttribute('data-reader-size');
    if (size && sizes.indexOf(size) !== -1) {
      root.setAttribute('data-text-size', size);
      save('reader-text-size', size);
    } else if (button.hasAttribute('data-reader-contrast')) {
      var contrast = root.getAttribute('data-contrast') === 'high' ? 'normal' : 'high';
      root.setAttribute('data-contrast', contrast);
      save('reader-contrast', contrast);
    }
    show();
  });
  show();
})(document.documentElement);
