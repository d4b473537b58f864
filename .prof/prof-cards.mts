import { readFileSync } from 'node:fs';
import satori from 'satori';
import sharp from 'sharp';
import subsetFont from 'subset-font';
import { collectCardJobs } from '/work/main/src/lib/cards/build.ts';
import { siteCard } from '/work/main/src/lib/cards/site-card.ts';
import { cardElement, cardText, fontFamilies, cardWidth, cardHeight } from '/work/main/src/lib/cards/layout.ts';
import { prepareFonts } from '/work/main/src/lib/cards/render.ts';
const jobs = (await collectCardJobs('/tmp/d1000', siteCard)).slice(0, 200);
const batch = { 'zh-Hans': '', 'zh-Hant': '' } as Record<string,string>;
for (const j of jobs) { const t = cardText(j.content); batch['zh-Hans'] += t['zh-Hans']; batch['zh-Hant'] += t['zh-Hant']; }
let t0 = performance.now();
const full = { 400: readFileSync('node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'), 700: readFileSync('node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf') };
const sub400 = await subsetFont(full[400], batch['zh-Hans'], { targetFormat: 'truetype' });
const sub700 = await subsetFont(full[700], batch['zh-Hans'], { targetFormat: 'truetype' });
console.log('batch subset', (performance.now()-t0).toFixed(0), 'ms', sub400.length, sub700.length, new Set(batch['zh-Hans']).size, 'chars');
let tSub=0,tSat=0,tSharp=0, tSatBatch=0;
for (const j of jobs) {
  const text = cardText(j.content);
  let a = performance.now();
  const f4 = await subsetFont(sub400, text['zh-Hans'] || '中', { targetFormat: 'truetype' });
  const f7 = await subsetFont(sub700, text['zh-Hans'] || '中', { targetFormat: 'truetype' });
  let b = performance.now(); tSub += b-a;
  const svg = await satori(cardElement(j.content) as never, { width: cardWidth, height: cardHeight, fonts: [{name: fontFamilies['zh-Hans'], data: f4, weight: 400}, {name: fontFamilies['zh-Hans'], data: f7, weight: 700}] });
  let c = performance.now(); tSat += c-b;
  await sharp(Buffer.from(svg)).png({ palette: true, colours: 64, effort: 2 }).toBuffer();
  tSharp += performance.now()-c;
  const d = performance.now();
  await satori(cardElement(j.content) as never, { width: cardWidth, height: cardHeight, fonts: [{name: fontFamilies['zh-Hans'], data: sub400, weight: 400}, {name: fontFamilies['zh-Hans'], data: sub700, weight: 700}] });
  tSatBatch += performance.now()-d;
}
const n = jobs.length;
console.log(`per card: subset ${(tSub/n).toFixed(1)} satori ${(tSat/n).toFixed(1)} sharp ${(tSharp/n).toFixed(1)} | satori with batch fonts ${(tSatBatch/n).toFixed(1)}`);
