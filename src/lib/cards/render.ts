import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { cardElement, cardHeight, cardText, cardWidth, fontFamilies, type CardContent, type CardLanguage } from './layout.ts';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC / TC as the @expo-google-fonts packages ship them: static TrueType files
 * (satori reads TTF/OTF/WOFF, not WOFF2 or .ttc).
 */
const fontFiles: Record<CardLanguage, Record<400 | 700, string>> = {
  'zh-Hans': {
    400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  'zh-Hant': {
    400: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
  },
};

/**
 * What decides a card's pixels besides its content: the font and renderer package
 * versions and the source of the card's layout and renderer. Any change to these
 * redraws every card; anything else leaves the cache alone.
 */
export function rendererVersion(): string {
  const packages = ['@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-sans-tc', 'satori', 'subset-font']
    .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
    .concat(`sharp@${sharp.versions.sharp},vips@${sharp.versions.vips}`)
    .join(',');
  const source = createHash('sha256');
  for (const file of ['./layout.ts', './render.ts']) source.update(readFileSync(new URL(file, import.meta.url)));
  return `${packages};source=${source.digest('hex').slice(0, 16)}`;
}

type FontSet = Record<CardLanguage, Record<400 | 700, Buffer>>;
let sourceFonts: FontSet | undefined;

/** A whole CJK font is 7–10 MB: read each once per process (per worker), never per card. */
function loadFullFonts(): FontSet {
  const read = (language: CardLanguage, weight: 400 | 700) => readFileSync(require.resolve(fontFiles[language][weight]));
  return {
    'zh-Hans': { 400: read('zh-Hans', 400), 700: read('zh-Hans', 700) },
    'zh-Hant': { 400: read('zh-Hant', 400), 700: read('zh-Hant', 700) },
  };
}

/**
 * Cuts the fonts down once to every character a batch of cards uses. Subsetting copies
 * the whole font into harfbuzz each time, so per-card subsets are then taken from these
 * small fonts instead of the 10 MB originals (same glyphs, a fraction of the work).
 */
export async function prepareFonts(batchText: Record<CardLanguage, string>): Promise<void> {
  const full = loadFullFonts();
  const prepared = {} as FontSet;
  for (const language of ['zh-Hans', 'zh-Hant'] as const) {
    const text = batchText[language] || '中';
    prepared[language] = {
      400: await subsetFont(full[language][400], text, { targetFormat: 'truetype' }),
      700: await subsetFont(full[language][700], text, { targetFormat: 'truetype' }),
    };
  }
  sourceFonts = prepared;
}

/**
 * Renders one card to PNG. Each font is cut down to the card's own characters first
 * (a few kB), which keeps satori's font parsing cheap and memory low.
 */
export async function renderCard(content: CardContent): Promise<Buffer> {
  sourceFonts ??= loadFullFonts();
  const text = cardText(content);
  const fonts: { name: string; data: Buffer; weight: 400 | 700; lang: string }[] = [];
  for (const language of ['zh-Hans', 'zh-Hant'] as const) {
    if (!text[language]) continue;
    for (const weight of [400, 700] as const) {
      const data = await subsetFont(sourceFonts[language][weight], text[language], { targetFormat: 'truetype' });
      fonts.push({ name: fontFamilies[language], data, weight, lang: language === 'zh-Hant' ? 'zh-TW' : 'zh-CN' });
    }
  }
  const svg = await satori(cardElement(content) as never, { width: cardWidth, height: cardHeight, fonts });
  // a 64-colour palette halves the file at no visible cost: the card is flat colour and grey-scale text
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 64, effort: 2 }).toBuffer();
}
