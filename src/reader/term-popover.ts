/**
 * Glossary popovers: hover and keyboard focus work by CSS alone; this adds a phone
 * tap (first tap shows the definition, a second tap opens the term's page) and
 * Escape to hide a definition without moving the pointer or focus (WCAG 1.4.13).
 * Bundled with the reader controls (src/reader/controls.ts), so a page loads one script.
 */
let lastPointer = 'mouse';
const refOf = (node: EventTarget | null) => (node instanceof Element ? node.closest('.term-ref') : null);

function closeAll(except: Element | null): void {
  for (const ref of document.querySelectorAll('.term-ref[data-open]')) if (ref !== except) ref.removeAttribute('data-open');
}

document.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType || 'mouse'), true);
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.term-link') : null;
  if (!link) {
    closeAll(null);
    return;
  }
  const ref = refOf(link);
  if (lastPointer === 'touch' && ref && !ref.hasAttribute('data-open')) {
    event.preventDefault();
    closeAll(ref);
    ref.removeAttribute('data-dismissed');
    ref.setAttribute('data-open', '');
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const ref of document.querySelectorAll('.term-ref:hover, .term-ref:focus-within, .term-ref[data-open]')) {
    ref.removeAttribute('data-open');
    ref.setAttribute('data-dismissed', '');
  }
});
// a dismissed definition comes back the next time the reader points at or focuses the term
document.addEventListener('mouseover', (event) => {
  const ref = refOf(event.target);
  if (ref && !(event.relatedTarget instanceof Node && ref.contains(event.relatedTarget))) ref.removeAttribute('data-dismissed');
});
document.addEventListener('focusin', (event) => refOf(event.target)?.removeAttribute('data-dismissed'));
