/**
 * What a share card shows and how it is laid out: pure data in, a satori element
 * tree out. Rendering (fonts, satori, sharp) lives in render.ts so this stays testable.
 */
import { formatChineseDate } from '../../core/dates.ts';

export const cardWidth = 1200;
export const cardHeight = 630;

export type CardLanguage = 'zh-Hans' | 'zh-Hant';

export interface CardContent {
  siteName: string;
  domain: string;
  /** 文档类型 or 名词解释 */
  kind: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or empty for the site card and for a document whose source gives no day */
  date: string;
  /** the date in words when there is no day to show (约2011年, 日期不详) */
  dateText?: string | undefined;
  /** a word after the date on the footer line: 附解读 when the document has a 解读 */
  note?: string | undefined;
  /** script of the title: Traditional titles are set in the Traditional font */
  language: CardLanguage;
  /** a 图解's card: a few of its key figures, each what it measures and the document's words for the number */
  figures?: { measure: string; text: string }[] | undefined;
}

/** satori reads React-like element objects; this is the shape we build. */
export interface CardElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    lang?: string;
    children?: string | CardElement | (string | CardElement)[];
  };
}

export const fontFamilies: Record<CardLanguage, string> = {
  'zh-Hans': 'Noto Sans SC',
  'zh-Hant': 'Noto Sans TC',
};

/** satori's locale codes pick the right CJK glyph forms when several fonts could serve. */
const satoriLocale: Record<CardLanguage, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

const titleWidth = cardWidth - 2 * 72;
const titleMaxLines = 4;

/**
 * Width of a string in ems, near enough for choosing a font size: CJK ideographs and
 * full-width punctuation are one em, Latin letters, digits and spaces about half.
 */
export function textWidthInEms(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // CJK fonts draw curly quotes, dashes and the middle dot full width
    width += code < 0x2e80 && !(code >= 0x2010 && code <= 0x201f) && code !== 0xb7 ? 0.55 : 1;
  }
  return width;
}

/**
 * The largest title size (from 72 px down to 44 px) at which the title fits in three
 * lines; a longer title gets 44 px and up to four lines, then an ellipsis.
 */
export function titleFontSize(title: string): number {
  const ems = textWidthInEms(title);
  for (const size of [72, 64, 56, 50, 44]) {
    const perLine = Math.floor(titleWidth / size);
    // one em of slack per line: line breaks cannot fall before closing punctuation
    if (Math.ceil(ems / (perLine - 1)) <= 3) return size;
  }
  return 44;
}

/** The date line: the day, else the page's own words for its date. */
const dateLine = (content: CardContent) => (content.date ? formatChineseDate(content.date) : (content.dateText ?? ''));

/** Every character the card draws, per font: the subsetter keeps exactly these glyphs. */
export function cardText(content: CardContent): Record<CardLanguage, string> {
  const chrome = [content.siteName, content.domain, content.kind, content.publisher, dateLine(content), content.note ?? '', '·…'].join('');
  // a figure is set in its document's script, as the title is
  const figures = (content.figures ?? []).map((figure) => `${figure.measure}${figure.text}`).join('');
  return content.language === 'zh-Hant'
    ? { 'zh-Hans': chrome, 'zh-Hant': `${content.title}${figures}…` }
    : { 'zh-Hans': `${chrome}${content.title}${figures}`, 'zh-Hant': '' };
}

const colours = { accent: '#a3160f', text: '#1a1a1a', muted: '#4a4a4a', surface: '#f3f5f8', white: '#ffffff' };

/** A 图解's figures, two to a row: what each measures, and the number in the document's words. */
function figureTiles(content: CardContent): CardElement {
  return {
    type: 'div',
    props: {
      lang: satoriLocale[content.language],
      style: { display: 'flex', flexDirection: 'row', flexWrap: 'wrap', width: cardWidth - 2 * 72, marginTop: 22, fontFamily: fontFamilies[content.language] },
      children: (content.figures ?? []).map((figure): CardElement => ({
        type: 'div',
        props: {
          style: { display: 'flex', flexDirection: 'column', width: (cardWidth - 2 * 72) / 2 - 60, marginRight: 16, marginBottom: 16, borderLeft: `6px solid ${colours.accent}`, paddingLeft: 16 },
          children: [
            { type: 'div', props: { style: { fontSize: 24, color: colours.muted, lineClamp: 1 }, children: figure.measure } },
            { type: 'div', props: { style: { fontSize: 44, fontWeight: 700, lineHeight: 1.2 }, children: figure.text } },
          ],
        },
      })),
    },
  };
}

/** The card: red band with the site name, the kind, the title (and a 图解's figures), then publisher and date. */
export function cardElement(content: CardContent): CardElement {
  const chromeFont = fontFamilies['zh-Hans'];
  const withFigures = (content.figures?.length ?? 0) > 0;
  // beside the figures, the title has two lines at most
  const titleSize = withFigures ? 40 : titleFontSize(content.title);
  const footer = [content.publisher, dateLine(content), content.note].filter(Boolean).join(' · ');
  return {
    type: 'div',
    props: {
      lang: 'zh-CN',
      style: {
        width: cardWidth,
        height: cardHeight,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: colours.white,
        fontFamily: chromeFont,
        color: colours.text,
      },
      children: [
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexShrink: 0, alignItems: 'center', justifyContent: 'space-between', height: 110, padding: '0 72px', backgroundColor: colours.accent, color: colours.white },
            children: [
              { type: 'div', props: { style: { fontSize: 40, fontWeight: 700 }, children: content.siteName } },
              { type: 'div', props: { style: { fontSize: 26, fontWeight: 400 }, children: content.domain } },
            ],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', flexGrow: 1, overflow: 'hidden', padding: withFigures ? '32px 72px 0' : '44px 72px 0' },
            children: [
              {
                type: 'div',
                props: {
                  style: { display: 'flex', alignSelf: 'flex-start', fontSize: 30, fontWeight: 700, color: colours.accent, border: `3px solid ${colours.accent}`, padding: '2px 18px', marginBottom: withFigures ? 18 : 28 },
                  children: content.kind,
                },
              },
              {
                type: 'div',
                props: {
                  lang: satoriLocale[content.language],
                  style: {
                    display: 'block',
                    fontFamily: fontFamilies[content.language],
                    fontSize: titleSize,
                    fontWeight: 700,
                    lineHeight: 1.3,
                    lineClamp: withFigures ? 2 : titleMaxLines,
                    // Chinese breaks between characters; Unicode rules keep ，。” off line starts
                    wordBreak: 'normal',
                    // even lines rather than a single character left alone on the last
                    textWrap: 'balance',
                  },
                  children: content.title,
                },
              },
              ...(withFigures ? [figureTiles(content)] : []),
            ],
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexShrink: 0, alignItems: 'center', height: 96, padding: '0 72px', backgroundColor: colours.surface, borderTop: `6px solid ${colours.accent}`, fontSize: 30, color: colours.muted },
            children: footer || content.siteName,
          },
        },
      ],
    },
  };
}
