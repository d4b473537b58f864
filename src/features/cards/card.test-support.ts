import type { CardContent } from './layout.ts';

/** The speech's card: a Traditional title, a publisher and a day, as the card tests read and draw it. */
export const speechCard: CardContent = {
  siteName: '西湖区人民政府 政务公开',
  domain: 'www.xihu-gov.example',
  kind: '讲话',
  title: '區委書記在城建專題會講話',
  publisher: '中共西湖区委员会',
  date: '2022-07-17',
  language: 'zh-Hant',
};
