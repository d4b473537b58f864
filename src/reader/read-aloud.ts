/**
 * 朗读: reads the page's text aloud with the browser's own speech synthesis, one sentence
 * (or, for a long one, one clause) at a time, from where the reader is or from the title,
 * with pause, resume and stop. Only a voice on the device is used (src/lib/reader/voices.ts):
 * nothing of the page is sent anywhere. Loaded only when the reader presses 朗读.
 */
import { speechChunks } from '../lib/reader/sentences.ts';
import { chooseVoice } from '../lib/reader/voice-choice.ts';

interface Piece {
  block: Element;
  text: string;
}

/** Not the page's running text: furniture, repeats (popovers, note markers) and tables of facts. */
const skipped = 'nav, .toc, .metadata-table, .term-tip, .note-ref, .note-back, .visually-hidden, .print-only, script, style, [hidden], [data-speech-skip]';
const blocks = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, caption, figcaption, blockquote, pre';

/** The text of the page in reading order, cut into pieces short enough to speak, each with the block it is in. */
function piecesOf(container: Element): Piece[] {
  const groups: Piece[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skipped) || (parent.checkVisibility && !parent.checkVisibility())) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const found = node.parentElement!.closest(blocks);
    const block = found && container.contains(found) ? found : container;
    const last = groups[groups.length - 1];
    if (last && last.block === block) last.text += node.nodeValue ?? '';
    else groups.push({ block, text: node.nodeValue ?? '' });
  }
  return groups.flatMap((group) => speechChunks(group.text.replace(/\s+/g, ' ')).map((text) => ({ block: group.block, text: text.trim() })));
}

/** The first piece whose block is on screen: reading starts where the reader is. */
function firstInView(pieces: Piece[]): number {
  const index = pieces.findIndex((piece) => piece.block.getBoundingClientRect().bottom > 0);
  return Math.max(index, 0);
}

let pieces: Piece[] = [];
let index = 0;
/** each start or stop begins a new run; events of an earlier utterance are ignored */
let run = 0;
let paused = false;
let bar: HTMLElement | undefined;
let pauseButton: HTMLButtonElement;
let status: HTMLElement;

function mark(block: Element | undefined): void {
  for (const marked of document.querySelectorAll('.is-reading')) marked.classList.remove('is-reading');
  if (!block) return;
  block.classList.add('is-reading');
  const box = block.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight - (bar?.offsetHeight ?? 0)) block.scrollIntoView({ block: 'center' });
}

function button(label: string, action: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', action);
  return element;
}

function showBar(): void {
  if (!bar) {
    bar = document.createElement('div');
    bar.className = 'read-aloud-bar';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', '朗读');
    bar.lang = 'zh-Hans';
    status = document.createElement('p');
    status.className = 'read-aloud-bar__status';
    status.setAttribute('aria-live', 'polite');
    pauseButton = button('暂停', () => (paused ? speakFrom(index) : pause()));
    bar.append(status, pauseButton, button('从标题读', () => speakFrom(0)), button('停止', stopReading));
    document.body.append(bar);
  }
  bar.hidden = false;
  document.documentElement.classList.add('reading-aloud');
}

function speakFrom(start: number): void {
  const voice = chooseVoice(speechSynthesis.getVoices(), document.documentElement.lang);
  if (!voice || pieces.length === 0) return;
  const current = ++run;
  // only when something is being said: a needless cancel() just before speak() can swallow the next utterance
  if (speechSynthesis.speaking || speechSynthesis.pending) speechSynthesis.cancel();
  index = start;
  paused = false;
  pauseButton.textContent = '暂停';
  status.textContent = '正在朗读';
  const next = () => {
    if (current !== run) return;
    const piece = pieces[index];
    if (!piece) {
      stopReading();
      return;
    }
    mark(piece.block);
    const utterance = new SpeechSynthesisUtterance(piece.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => {
      if (current !== run) return;
      index++;
      next();
    };
    utterance.onerror = (event) => {
      // cancel() ends the utterance with an error: that is our own pause or stop
      if (current !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      index++;
      next();
    };
    speechSynthesis.speak(utterance);
  };
  next();
}

/** Pausing cancels the sentence and resuming says it again: speechSynthesis.pause() is unreliable across browsers. */
function pause(): void {
  run++;
  paused = true;
  speechSynthesis.cancel();
  pauseButton.textContent = '继续';
  status.textContent = '已暂停';
}

export function stopReading(): void {
  run++;
  paused = false;
  speechSynthesis.cancel();
  mark(undefined);
  // focus in the bar would be lost with it: it goes back to the page, where the reader was
  if (bar?.contains(document.activeElement)) document.querySelector<HTMLElement>('#main')?.focus({ preventScroll: true });
  if (bar) bar.hidden = true;
  document.documentElement.classList.remove('reading-aloud');
}

/** Starts (or restarts) reading the page from the first sentence on screen. */
export function startReading(): void {
  const container = document.querySelector('main article') ?? document.querySelector('main');
  if (!container) return;
  pieces = piecesOf(container);
  showBar();
  speakFrom(firstInView(pieces));
  pauseButton.focus();
}

addEventListener('pagehide', stopReading);
