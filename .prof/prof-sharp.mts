import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { readFileSync } from 'node:fs';
import { collectCardJobs } from '../src/lib/cards/build.ts';
import { siteCard } from '../src/lib/cards/site-card.ts';
import { cardElement, cardText, fontFamilies, cardWidth, cardHeight } from '../src/lib/cards/layout.ts';
const jobs = (await collectCardJobs('/tmp/d1000', siteCard)).slice(0, 60);
const f400 = readFileSync('node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const f700 = readFileSync('node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const svgs: string[] = [];
for (const j of jobs) {
  const t = cardText(j.content)['zh-Hans'] || '中';
  svgs.push(await satori(cardElement(j.content) as never, { width: cardWidth, height: cardHeight, fonts: [{name: fontFamilies['zh-Hans'], data: await subsetFont(f400, t, {targetFormat:'truetype'}), weight: 400}, {name: fontFamilies['zh-Hans'], data: await subsetFont(f700, t, {targetFormat:'truetype'}), weight: 700}] }));
}
console.log('svg bytes', svgs[0].length);
sharp.concurrency(1);
const variants: Record<string, (s: sharp.Sharp) => Promise<Buffer>> = {
  raw: (s) => s.raw().toBuffer(),
  'png default': (s) => s.png().toBuffer(),
  'png c1': (s) => s.png({ compressionLevel: 1 }).toBuffer(),
  'png c9 adaptive': (s) => s.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer(),
  'palette e2 (current)': (s) => s.png({ palette: true, colours: 64, effort: 2 }).toBuffer(),
  'palette e1 c1': (s) => s.png({ palette: true, colours: 64, effort: 1, compressionLevel: 6, dither: 0 }).toBuffer(),
  'palette 16 e1': (s) => s.png({ palette: true, colours: 16, effort: 1, dither: 0 }).toBuffer(),
};
for (const [name, f] of Object.entries(variants)) {
  const t = performance.now(); let bytes = 0;
  for (const svg of svgs) bytes += (await f(sharp(Buffer.from(svg)))).length;
  console.log(name.padEnd(22), ((performance.now()-t)/svgs.length).toFixed(1), 'ms', Math.round(bytes/svgs.length/1024), 'KB');
}
