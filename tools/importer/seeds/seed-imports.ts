import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ImportOptions } from '../import-document.ts';
import type { TextRepair } from '../repairs.ts';
import type { FigureMark } from '../figure-marks.ts';

/** The seed documents sit beside the project (../shared/seeds, or where SEEDS_DIR points); they are never edited. */
export const defaultSeedsDir = resolve(process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds'));

/** A seed's text, or an error that says where the seeds are expected. */
export function readSeedFile(file: string, seedsDir = defaultSeedsDir): string {
  const path = join(seedsDir, file);
  if (!existsSync(path)) {
    throw new Error(`找不到种子文件 ${path}：导入种子文件和检查导入结果的测试需要项目旁边的 ../shared/seeds 文件夹（或用 SEEDS_DIR 指向它）。`);
  }
  return readFileSync(path, 'utf8');
}

/**
 * How each bundled seed document is imported: the facts its text does not carry
 * (kind, title where it has none, publisher, address, summary), and the repairs of
 * damaged text made by hand, kept in the document's source record with one plain
 * change note. Where the text gives no date or publisher, the options say so and why,
 * rather than supply one.
 */
export interface SeedImport {
  file: string;
  options: Omit<ImportOptions, 'sourceFile' | 'organisations'>;
  repairs?: TextRepair[];
}

/** Date the hand repairs were made, recorded in the change note. */
export const repairDate = '2026-11-22';

/**
 * The headline figures of the work report's 五年回顾 (002), marked with <关键数据> on import so the 图解 shows the
 * report's own words. Each value, unit, qualifier, period and comparison is what its sentence says: 突破100亿元 is
 * “more than 100” (限定 突破), 逼近600亿元 “close to 600” (限定 逼近); a period only where the text states one (2015年,
 * and 五年来 for what the section heading “(三)五年来……” counts as 累计); a comparison in the sentence's own words,
 * or, where one sentence compares two figures (分别是2015年的2.7倍和2.6倍), the part that belongs to each.
 */
export const reportFigures: FigureMark[] = [
  { text: '突破100亿元', within: '财政总收入率先在全省城区突破100亿元', attributes: { 值: '100', 单位: '亿元', 指标: '财政总收入', 比较: '较2015年增长64.5%,净增41.1亿元', 限定: '突破' } },
  { text: '逼近600亿元', within: '地区生产总值逼近600亿元', attributes: { 值: '600', 单位: '亿元', 指标: '地区生产总值', 比较: '较2015年增长33%', 限定: '逼近' } },
  { text: '突破1.8万美元', within: '人均地区生产总值突破1.8万美元', attributes: { 值: '1.8', 单位: '万美元', 指标: '人均地区生产总值', 比较: '较2015年增长44.6%', 限定: '突破' } },
  // a rate, not a total: drawn apart from the totals in 亿元
  { text: '17亿元', within: '每平方公里产出17亿元', attributes: { 值: '17', 单位: '亿元', 指标: '每平方公里产出', 比较: '产出效益排名全省县(市、区)第一', 分组: '每平方公里产出' } },
  { text: '突破17亿元', within: '地方一般公共预算收入突破17亿元', attributes: { 值: '17', 单位: '亿元', 指标: '地方一般公共预算收入', 限定: '突破' } },
  { text: '突破300亿元', within: '社会消费品零售总额突破300亿元', attributes: { 值: '300', 单位: '亿元', 指标: '社会消费品零售总额', 比较: '较2015年增长34.9%', 限定: '突破' } },
  { text: '突破100亿元', within: '实际利用内资突破100亿元', attributes: { 值: '100', 单位: '亿元', 指标: '实际利用内资', 比较: '是2015年的2.7倍', 限定: '突破' } },
  { text: '逼近5亿美元', within: '实际利用外资逼近5亿美元', attributes: { 值: '5', 单位: '亿美元', 指标: '实际利用外资', 比较: '是2015年的2.6倍', 限定: '逼近' } },
  { text: '突破5亿美元', within: '外贸出口突破5亿美元', attributes: { 值: '5', 单位: '亿美元', 指标: '外贸出口', 限定: '突破' } },
  { text: '477亿元', within: '全区实现服务业增加值477亿元', attributes: { 值: '477', 单位: '亿元', 指标: '服务业增加值' } },
  { text: '77.1%', within: '比重从2015年的77.1%', attributes: { 值: '77.1', 单位: '%', 指标: '服务业增加值占地区生产总值比重', 时期: '2015年', 分组: '服务业增加值占地区生产总值比重' } },
  { text: '80.5%', within: '提升到80.5%', attributes: { 值: '80.5', 单位: '%', 指标: '服务业增加值占地区生产总值比重', 比较: '从2015年的77.1%提升到80.5%', 分组: '服务业增加值占地区生产总值比重' } },
  { text: '595亿元', within: '电商交易额达到595亿元', attributes: { 值: '595', 单位: '亿元', 指标: '电商交易额', 比较: '是2015年的4.6倍' } },
  { text: '4.9万人', within: '累计新增城镇就业4.9万人', attributes: { 值: '4.9', 单位: '万人', 指标: '累计新增城镇就业', 时期: '五年来' } },
];

const quoteDebris = '四个英文单引号是引号残片，按上下文还原为右单引号';
const gbkShift = '原文在转码时 GBK 字节错位一位，按字节还原并与上下文核对';

export const seedImports: SeedImport[] = [
  {
    file: '000_3768f83de2ed7b40.txt',
    options: {
      kind: 'disclosure',
      slug: 'xihu-urban-construction-bureau-ideas-debate-2020',
      summary:
        '西湖区城建局在全局开展“彰显省会担当 我们怎么干”解放思想大讨论活动的方案：明确指导思想、基本原则和讨论主题；活动自4月下旬启动、至6月底结束，分学习动员、对照查摆、整改提升三个阶段实施，包括“十个一”步骤；并从健全组织机构、营造浓厚氛围、加强督导检查三方面提出组织保障。',
      sourceName: '西湖区政府信息公开平台·部门信息公开·西湖区住建局·履职依据',
    },
  },
  {
    file: '001_016269cb03e34d1e.txt',
    options: {
      kind: 'plan',
      slug: 'xihu-street-urban-upgrade-plan-2020',
      title: '街道彰显省会担当唱响“南昌品牌”城市建管十大提升行动实施方案',
      // the text names no publisher and no date: both are said to be unknown, the year as the text points to it
      publisherNote: '原文未注明发布单位。文中只称“街道”，未写明是哪一个街道。',
      date: '2020',
      dateNote: '原文未注明发布日期。文中写明“从2020年起开展为期两年的……提升行动”“本方案重点明确2020年主要任务”，据此记为约2020年。',
      summary:
        '街道为贯彻城市建管十大提升行动动员大会精神，从2020年起开展为期两年的城市建管十大提升行动而制定的实施方案：提出整洁有序、功能完善、特色彰显、文明宜居四项目标，列出公园绿道建设、河湖水系治理、城市交通路网等十大提升行动共20项任务及其牵头单位和责任单位，并从组建机构、明确责任、强化调度、夯实保障、营造氛围五方面提出保障措施。',
      sourceName: '街道办事处实施方案（原文未注明发布单位和日期）',
      departments: ['xihu-urban-construction-bureau', 'xihu-city-management-bureau'],
    },
  },
  {
    file: '002_932314eef78585b7.txt',
    options: {
      kind: 'report',
      slug: 'xihu-government-work-report-2021',
      title: '西湖区人民政府工作报告（2021年）',
      publisher: 'xihu-government',
      date: '2021-10-12',
      speaker: '陶亿国（西湖区人民政府区长）',
      occasion: '西湖区第十七届人民代表大会第一次会议',
      summary:
        '2021年10月12日，西湖区人民政府区长陶亿国在西湖区第十七届人民代表大会第一次会议上所作的政府工作报告：回顾过去五年的工作，提出今后五年的指导思想、奋斗目标和“六个走前列、做标杆”，部署产业发展、招商引资、项目建设、城市更新、民生保障、作风建设六个方面的工作，附名词解释20条。',
      sourceName: '西湖区人民政府',
      topic: '政府工作报告',
      termAliases: {
        '2545工作模式': ['2545'],
        五治基层社会治理体系: ['五治融合', '“五治”融合的基层社会治理体系'],
        碳达峰碳中和: ['碳达峰', '碳中和'],
      },
      figures: reportFigures,
    },
  },
  {
    file: '003_49418ccaf91f180d.txt',
    options: {
      kind: 'speech',
      slug: 'district-party-secretary-urban-construction-speech',
      publisher: 'district-party-committee',
      speaker: '區委書記',
      // the page's 時間 is when a third-party site put the text up, not when the speech was given
      datedByRepost: true,
      date: '2011',
      dateNote: '原文未注明讲话日期。原网页所注“時間:2022-07-17”是网友上传时间，不是讲话日期。文中说“2011年是全面貫徹黨的十七大做出的戰略部署的第一年”，据此记为约2011年；文中另有“決戰08”“全運會明年召開”等说法，讲话的确切年份从原文无法确定。',
      occasion: '城建專題會',
      summary:
        '區委書記在城建專題會上的講話：總結去年以來重點工程建設取得的階段性成果，要求樹立機遇意識、增強責任意識、提高效能意識、培養創新意識，反對和克服“一般化”，並提出加強組織領導、多方籌措資金、抓進度抓工期、確保施工安全和質量等九項措施，全力備戰全運會。',
      sourceName: '公開網站轉載（原網頁註明：來源于網友上傳）',
    },
    repairs: [
      { line: 7, damaged: '基礎??偨Y去年', restored: '基礎。總結去年', reason: gbkShift },
      { line: 12, damaged: '緩慢?!捌礁钠隆钡娜蝿者€相當', restored: '緩慢。“平改坡”的任務還相當', reason: gbkShift },
      { line: 15, damaged: "指出“‘一般化''''的現象", restored: '指出“‘一般化’的現象', reason: quoteDebris },
      { line: 15, damaged: "目標?!话慊?'''與貫徹", restored: '目標。“一般化”與貫徹', reason: gbkShift },
      { line: 15, damaged: "適應?!话慊?'''無論", restored: '適應。“一般化”無論', reason: gbkShift },
      { line: 15, damaged: "克服‘一般化''''”的要求", restored: '克服‘一般化’”的要求', reason: quoteDebris },
      { line: 32, damaged: '保證?,F在到年底', restored: '保證。現在到年底', reason: gbkShift },
    ],
  },
  {
    file: '004_634a8ed72b9ab40f.txt',
    options: {
      kind: 'news',
      slug: 'binhu-civilised-city-rectification-meeting-2020',
      summary:
        '2020年11月15日，滨湖区召开全区文明城市建设整改提升工作部署会暨文明城市建设整改提升工作领导小组第一次会议。区委书记马良要求全区上下深刻反思、知耻后勇，在整改提升中把握好五个方面的工作要求，聚焦市容监管等难点问题，以责任闭环、管控闭环、工作闭环确保整改取得过硬成效；陈锡伦主持会议；区委、区政府下达整改提升工作责任状。',
    },
  },
];
