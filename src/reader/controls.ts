/**
 * The header and the reader settings in the browser: text size and high contrast (saved
 * on this device and applied before first paint by src/lib/reader/settings-script.ts),
 * the phone header's 菜单 and 搜索 buttons, and 朗读, which appears only when the browser
 * has a Chinese voice on the device and loads the reading code only when pressed. The
 * glossary popovers' tap and Escape come in the same script (term-popover.ts).
 */
import { isChineseVoice } from '../lib/reader/voices.ts';
import './term-popover.ts';

const root = document.documentElement;
const sizes = ['small', 'medium', 'large', 'xlarge'];
const header = document.querySelector<HTMLElement>('.site-header');

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private browsing: the choice holds for this page only
  }
}

function showSettings(): void {
  const size = root.getAttribute('data-text-size');
  const high = root.getAttribute('data-contrast') === 'high';
  for (const button of document.querySelectorAll('[data-reader-size]')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-reader-size') === size));
  }
  for (const button of document.querySelectorAll('[data-reader-contrast]')) button.setAttribute('aria-pressed', String(high));
}

/** Opens one of the phone header's panels (the menu or the search box), or closes both. */
function openPanel(panel: string | null): void {
  if (!header) return;
  if (panel) header.setAttribute('data-open', panel);
  else header.removeAttribute('data-open');
  for (const toggle of header.querySelectorAll<HTMLElement>('[data-header-toggle]')) {
    toggle.setAttribute('aria-expanded', String(toggle.dataset['headerToggle'] === panel));
  }
  if (panel === 'search') document.querySelector<HTMLInputElement>('#site-search input[type=search]')?.focus();
}

function readAloud(): void {
  openPanel(null);
  void import('./read-aloud.ts').then((module) => module.startReading());
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLElement>('[data-reader-size], [data-reader-contrast], [data-header-toggle], [data-header-search], [data-read-aloud]');
  if (!button) return;
  const size = button.getAttribute('data-reader-size');
  if (size && sizes.includes(size)) {
    root.setAttribute('data-text-size', size);
    save('reader-text-size', size);
  } else if (button.hasAttribute('data-reader-contrast')) {
    const contrast = root.getAttribute('data-contrast') === 'high' ? 'normal' : 'high';
    root.setAttribute('data-contrast', contrast);
    save('reader-contrast', contrast);
  } else if (button.dataset['headerToggle']) {
    const panel = button.dataset['headerToggle'];
    openPanel(header?.getAttribute('data-open') === panel ? null : panel);
  } else if (button.dataset['headerSearch']) {
    // this page has its own search box: go to it rather than open a second one
    const input = document.getElementById(button.dataset['headerSearch']);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  } else if (button.hasAttribute('data-read-aloud')) {
    readAloud();
  }
  showSettings();
});

// Escape closes an open panel and gives focus back to the button that opened it
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !header?.hasAttribute('data-open')) return;
  const toggle = header.querySelector<HTMLElement>(`[data-header-toggle="${header.getAttribute('data-open')}"]`);
  openPanel(null);
  toggle?.focus();
});

/** 朗读 only where the device itself can speak Chinese: voices arrive late in some browsers. */
function offerReadAloud(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-read-aloud]');
  if (buttons.length === 0 || !('speechSynthesis' in window)) return;
  const check = () => {
    if (speechSynthesis.getVoices().some(isChineseVoice)) for (const button of buttons) button.hidden = false;
  };
  check();
  speechSynthesis.addEventListener('voiceschanged', check);
}

showSettings();
offerReadAloud();
