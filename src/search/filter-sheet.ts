/**
 * The search page on a phone: results first, the filters in a sheet behind one “筛选（n）”
 * button that counts the filters that are on, and, once a search has its answer, the
 * count brought into view and given focus so it is read out. On a wide screen the
 * filters stand beside the results and the button is not shown (see global.css).
 * It watches what search-page.ts shows rather than reaching into it.
 */
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const sheet = document.querySelector<HTMLDialogElement>('#search-filters')!;
const openButton = document.querySelector<HTMLButtonElement>('.search-filters-open')!;
const onCount = openButton.querySelector<HTMLElement>('[data-filters-on]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#search-results')!;
const query = document.querySelector<HTMLInputElement>('#search-query')!;

function countFiltersOn(): void {
  const on = String(form.querySelectorAll('input[type=checkbox]:checked').length);
  // written only when it changes: the observer below watches this form, this count included
  if (onCount.textContent !== on) onCount.textContent = on;
}

openButton.addEventListener('click', () => sheet.showModal());
sheet.querySelector('.search-filters-close')!.addEventListener('click', () => sheet.close());
// a tap on the shade around the sheet closes it, as Escape does
sheet.addEventListener('click', (event) => {
  if (event.target === sheet && sheet.matches(':modal')) sheet.close();
});
// the sheet is a side column on a wide screen: one left open while the window widens would cover the page
matchMedia('(min-width: 40.0625rem)').addEventListener('change', (event) => {
  if (event.matches && sheet.open) sheet.close();
});

/** A search whose answer is not yet in view: one the page opened with, or one the reader started here. */
let pending = new URLSearchParams(location.search).has('q');
/** started here: the count then takes focus, so it is read out and a phone's keyboard goes away */
let startedHere = false;
form.addEventListener('submit', () => (pending = startedHere = true));
form.addEventListener('change', () => (pending = startedHere = true));

// search-page.ts says “共找到 n 条结果” or “没有找到…”; the results themselves follow a found count
const found = /找到/;
const none = /没有找到|未找到/;
function revealAnswer(): void {
  countFiltersOn();
  const text = status.textContent ?? '';
  if (!pending || !found.test(text)) return;
  if (!none.test(text) && !results.firstElementChild) return;
  if (sheet.open && sheet.matches(':modal')) return; // ticking filters in the sheet: the answer shows when it closes
  pending = false;
  const first = results.firstElementChild ?? status;
  if (status.getBoundingClientRect().top < 0 || first.getBoundingClientRect().bottom > innerHeight) status.scrollIntoView({ block: 'start' });
  if (startedHere && (document.activeElement === query || document.activeElement === document.body)) status.focus({ preventScroll: true });
  startedHere = false;
}
sheet.addEventListener('close', () => {
  openButton.focus();
  revealAnswer();
});
new MutationObserver(revealAnswer).observe(form, { childList: true, characterData: true, subtree: true });
countFiltersOn();

// a module, so its names stay its own (window.status is a global)
export {};
