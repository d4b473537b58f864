/**
 * Which of the browser's own voices may read a page aloud. Only a voice that runs on the
 * device (localService) qualifies: some browsers offer voices that send the text to a
 * speech service, and a reader's page must not leave the device.
 */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** Mainland, Taiwan and Hong Kong Mandarin/Chinese voices, in the order each script prefers them. */
const preference: Record<'zh-Hans' | 'zh-Hant', RegExp[]> = {
  'zh-Hans': [/^(zh|cmn)(-hans)?-cn\b/, /^(zh|cmn)(-hans)?(-[a-z]+)?$/, /^(zh|cmn)-(hant-)?tw\b/, /^(zh|yue)-(hant-)?hk\b/],
  'zh-Hant': [/^(zh|cmn)-(hant-)?tw\b/, /^(zh|yue)-(hant-)?hk\b/, /^(zh|cmn)(-hans)?-cn\b/, /^(zh|cmn)(-hans)?(-[a-z]+)?$/],
};

const tag = (voice: VoiceLike) => voice.lang.replace(/_/g, '-').toLowerCase();

export function isChineseVoice(voice: VoiceLike): boolean {
  return voice.localService && /^(zh|cmn|yue)(-|$)/.test(tag(voice));
}

/** The best local Chinese voice for a page in this script, or undefined when the device has none. */
export function chooseVoice<T extends VoiceLike>(voices: readonly T[], script: string): T | undefined {
  const chinese = voices.filter(isChineseVoice);
  const order = preference[script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
  for (const pattern of order) {
    const matching = chinese.filter((voice) => pattern.test(tag(voice)));
    if (matching.length) return matching.find((voice) => voice.default) ?? matching[0];
  }
  return chinese[0];
}
