/** Which Chinese voice reads a page: the one its script (Simplified or Traditional) is most at home in. */
import { isChineseVoice, voiceTag, type VoiceLike } from './voices.ts';

/** Mainland, Taiwan and Hong Kong Mandarin/Chinese voices, in the order each script prefers them. */
const preference: Record<'zh-Hans' | 'zh-Hant', RegExp[]> = {
  'zh-Hans': [/^(zh|cmn)(-hans)?-cn\b/, /^(zh|cmn)(-hans)?(-[a-z]+)?$/, /^(zh|cmn)-(hant-)?tw\b/, /^(zh|yue)-(hant-)?hk\b/],
  'zh-Hant': [/^(zh|cmn)-(hant-)?tw\b/, /^(zh|yue)-(hant-)?hk\b/, /^(zh|cmn)(-hans)?-cn\b/, /^(zh|cmn)(-hans)?(-[a-z]+)?$/],
};

/** The best local Chinese voice for a page in this script, or undefined when the device has none. */
export function chooseVoice<T extends VoiceLike>(voices: readonly T[], script: string): T | undefined {
  const chinese = voices.filter(isChineseVoice);
  const order = preference[script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
  for (const pattern of order) {
    const matching = chinese.filter((voice) => pattern.test(voiceTag(voice)));
    if (matching.length) return matching.find((voice) => voice.default) ?? matching[0];
  }
  return chinese[0];
}
