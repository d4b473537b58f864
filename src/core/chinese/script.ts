import { Converter } from 'opencc-js';

/**
 * Simplified ⇄ Traditional script, by OpenCC's dictionaries (phrase-aware, not a
 * character table). Built once: the converters hold large tries.
 */
let simplifier: ((text: string) => string) | undefined;
let traditionaliser: ((text: string) => string) | undefined;

/** 總結 → 总结; Simplified text passes through unchanged. */
export function toSimplified(text: string): string {
  simplifier ??= Converter({ from: 't', to: 'cn' });
  return simplifier(text);
}

/** 总结 → 總結 */
export function toTraditional(text: string): string {
  traditionaliser ??= Converter({ from: 'cn', to: 't' });
  return traditionaliser(text);
}

/**
 * zh-Hant when enough Han characters change under conversion to Simplified; a few
 * shared characters change in Simplified text too, so a share, not one character, decides.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  const han = [...text].filter((char) => /\p{Script=Han}/u.test(char));
  if (han.length === 0) return 'zh-Hans';
  const simplified = [...toSimplified(han.join(''))];
  const changed = han.filter((char, index) => simplified[index] !== char).length;
  return changed / han.length > 0.05 ? 'zh-Hant' : 'zh-Hans';
}
