import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { codeFingerprint } from '../../core/fingerprint.ts';
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
 * What decides a card's pixels besides its content: the code a card thread runs (this renderer, the layout) and
 * the locked versions of the packages it uses (satori, sharp and libvips, subset-font, the fonts). Any change to
 * these redraws every card; anything else leaves the cache alone.
 */
export function rendererVersion(): string {
  const fontPackages = Object.values(fontFiles).flatMap((weights) => Object.values(weights).map((file) => file.split('/').slice(0, 2).join('/')));
  return codeFingerprint([new URL('./worker.ts', import.meta.url)], { packages: [...new Set(fontPackages)] });
}

type FontSet = Record<CardLanguage, Record<400 | 700, Buffer>>;
interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  lang: string;
}

/**
 * The fonts of a batch, in one array that every card of the batch is given:
 * satori keeps parsed fonts by identity, so each is parsed once per worker
 * instead of once per card.
 */
let batchFonts: SatoriFont[] | undefined;

/** A whole CJK font is 7–10 MB: read each once per process (per worker), never per card. */
function loadFullFonts(): FontSet {
  const read = (language: CardLanguage, weight: 400 | 700) => readFileSync(require.resolve(fontFiles[language][weight]));
  return {
    'zh-Hans': { 400: read('zh-Hans', 400), 700: read('zh-Hans', 700) },
    'zh-Hant': { 400: read('zh-Hant', 400), 700: read('zh-Hant', 700) },
  };
}
let fullFonts: FontSet | undefined;

function satoriFont(language: CardLanguage, weight: 400 | 700, data: Buffer): SatoriFont {
  return { name: fontFamilies[language], data, weight, lang: language === 'zh-Hant' ? 'zh-TW' : 'zh-CN' };
}

/**
 * Cuts the fonts down once to every character a batch of cards uses (a few
 * thousand glyphs at most, against 30,000 in the whole font), for every card of
 * the batch to share.
 */
export async function prepareFonts(batchText: Record<CardLanguage, string>): Promise<void> {
  const full = loadFullFonts();
  const fonts: SatoriFont[] = [];
  for (const language of ['zh-Hans', 'zh-Hant'] as const) {
    if (!batchText[language]) continue;
    for (const weight of [400, 700] as const) {
      fonts.push(satoriFont(language, weight, await subsetFont(full[language][weight], batchText[language], { targetFormat: 'truetype' })));
    }
  }
  batchFonts = fonts;
}

/** One card's own fonts, cut down to its characters: for a card drawn outside a batch. */
async function cardFonts(content: CardContent): Promise<SatoriFont[]> {
  fullFonts ??= loadFullFonts();
  const text = cardText(content);
  const fonts: SatoriFont[] = [];
  for (const language of ['zh-Hans', 'zh-Hant'] as const) {
    if (!text[language]) continue;
    for (const weight of [400, 700] as const) {
      fonts.push(satoriFont(language, weight, await subsetFont(fullFonts[language][weight], text[language], { targetFormat: 'truetype' })));
    }
  }
  return fonts;
}

/** Renders one card to PNG, with the batch's fonts when prepareFonts has run. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const fonts = batchFonts ?? (await cardFonts(content));
  const svg = await satori(cardElement(content) as never, { width: cardWidth, height: cardHeight, fonts });
  // plain PNG: palette quantisation would halve the file but triple the time of the whole card; compression level 3
  // encodes in two thirds of the default's (6) time, for a file a tenth larger
  return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
}
