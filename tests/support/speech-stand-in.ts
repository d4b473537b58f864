/**
 * A scripted stand-in for the browser's speech synthesis. Headless Chromium has no voices
 * at all, so 朗读 is tested against this: it is injected with page.addInitScript before the
 * page's own code runs, offers the voices a test names, records every utterance the page
 * speaks (text, language, voice) and ends an utterance only when the test says so, the way
 * a real voice finishes a sentence; cancel() ends the current one with an "interrupted"
 * error, as Chromium does. It is plain JavaScript text, so nothing the bundler adds reaches the page.
 */
export interface StandInVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

/** The script to pass to addInitScript({ content }). */
export function speechStandIn(voices: StandInVoice[]): string {
  return `(() => {
  const voices = ${JSON.stringify(voices.map((voice) => ({ default: false, voiceURI: voice.name, ...voice })))};
  const spoken = [];
  let queue = [];
  let current = null;
  let cancels = 0;
  const start = () => {
    current = queue.shift() || null;
    if (current) spoken.push({ text: current.text, lang: current.lang, voice: current.voice ? current.voice.name : null });
  };
  const synthesis = new EventTarget();
  Object.defineProperties(synthesis, {
    speaking: { get: () => current !== null },
    pending: { get: () => queue.length > 0 },
    getVoices: { value: () => voices.map((voice) => ({ ...voice })) },
    speak: { value: (utterance) => { queue.push(utterance); if (!current) start(); } },
    cancel: { value: () => {
      cancels++;
      const interrupted = current;
      queue = [];
      current = null;
      if (interrupted && interrupted.onerror) interrupted.onerror({ error: 'interrupted' });
    } },
    pause: { value: () => {} },
    resume: { value: () => {} },
  });
  const Utterance = function (text) {
    this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null;
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'speechStandIn', { value: {
    spoken,
    cancels: () => cancels,
    current: () => (current ? current.text : null),
    // the voice finishes the sentence it is speaking
    finish: () => {
      const done = current;
      current = null;
      if (done && done.onend) done.onend({});
      if (!current) start();
    },
  } });
})();`;
}
