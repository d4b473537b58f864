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

/** The voice's language tag, lower case with hyphens (some systems write zh_CN). */
export const voiceTag = (voice: VoiceLike) => voice.lang.replace(/_/g, '-').toLowerCase();

export function isChineseVoice(voice: VoiceLike): boolean {
  return voice.localService && /^(zh|cmn|yue)(-|$)/.test(voiceTag(voice));
}
