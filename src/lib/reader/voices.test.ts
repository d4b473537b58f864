import { describe, expect, it } from 'vitest';
import { chooseVoice } from './voice-choice.ts';
import { isChineseVoice, type VoiceLike } from './voices.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

describe('read-aloud voices', () => {
  it('takes only voices that run on the device', () => {
    const online = voice('Google 普通话（中国大陆）', 'zh-CN', false);
    expect(isChineseVoice(online)).toBe(false);
    expect(chooseVoice([online, voice('Samantha', 'en-US')], 'zh-Hans')).toBeUndefined();
    expect(chooseVoice([online, voice('Tingting', 'zh-CN')], 'zh-Hans')?.name).toBe('Tingting');
  });

  it('prefers a mainland voice for Simplified pages and a Taiwan voice for Traditional ones', () => {
    const voices = [voice('Sinji', 'zh-HK'), voice('Meijia', 'zh-TW'), voice('Tingting', 'zh_CN'), voice('Daniel', 'en-GB', true, true)];
    expect(chooseVoice(voices, 'zh-Hans')?.name).toBe('Tingting');
    expect(chooseVoice(voices, 'zh-Hant')?.name).toBe('Meijia');
    expect(chooseVoice([voice('Sinji', 'zh-HK')], 'zh-Hans')?.name).toBe('Sinji');
  });

  it('among equals, takes the one the device marks as its default', () => {
    expect(chooseVoice([voice('Huihui', 'zh-CN'), voice('Xiaoxiao', 'zh-CN', true, true)], 'zh-Hans')?.name).toBe('Xiaoxiao');
  });
});
