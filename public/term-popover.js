// Glossary popovers: hover and keyboard focus work by CSS alone; this adds a phone
// tap (first tap shows the definition, a second tap opens the term's page) and
// Escape to hide a definition without moving the pointer or focus (WCAG 1.4.13).
(function () {
  var lastPointer = 'mouse';
  function refOf(node) { return node && node.closest ? node.closest('.term-ref') : null; }
  function closeAll(except) {
    document.querySelectorAll('.term-ref[data-open]').forEach(function (ref) {
      if (ref !== except) ref.removeAttribute('data-open');
    });
  }
  document.addEventListener('pointerdown', function (event) { lastPointer = event.pointerType || 'mouse'; }, true);
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.term-link') : null;
    if (!link) { closeAll(null); return; }
    var ref = refOf(link);
    if (lastPointer === 'touch' && ref && !ref.hasAttribute('data-open')) {
      event.preventDefault();
      closeAll(ref);
      ref.removeAttribute('data-dismissed');
      ref.setAttribute('data-open', '');
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.term-ref:hover, .term-ref:focus-within, .term-ref[data-open]').forEach(function (ref) {
      ref.removeAttribute('data-open');
      ref.setAttribute('data-dismissed', '');
    });
  });
  // a dismissed definition comes back the next time the reader points at or focuses the term
  function undismiss(event) {
    var ref = refOf(event.target);
    if (ref) ref.removeAttribute('data-dismissed');
  }
  document.addEventListener('mouseover', function (event) {
    var ref = refOf(event.target);
    if (ref && !ref.contains(event.relatedTarget)) ref.removeAttribute('data-dismissed');
  });
  document.addEventListener('focusin', undismiss);
})();
