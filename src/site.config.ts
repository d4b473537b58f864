import { indexNumberSchemes, type IndexNumberScheme } from './lib/check/index-number.ts';

/** One place for what the site says about itself (meta tags, footer, 索引号 scheme). */
export const site = {
  name: '西湖区人民政府 政务公开',
  shortName: '西湖区政务公开',
  domain: 'www.xihu-gov.example',
  /** 网站标识码 (SiteIDCode) */
  idCode: '3601030001',
  /** ICP 备案号 and 公安机关备案号, shown in the footer and linked to the registers as the rules ask */
  icp: '赣ICP备00000000号',
  icpUrl: 'https://beian.miit.gov.cn/',
  publicSecurityRecord: '赣公网安备 36010302000000号',
  publicSecurityRecordUrl: 'https://beian.mps.gov.cn/#/query/webSearch?code=36010302000000',
  organiser: '西湖区人民政府办公室',
  /** the organisation named as publisher in structured data (JSON-LD) and on share cards of site pages */
  publisher: '西湖区人民政府',
  description: '西湖区人民政府依法主动公开的政府信息：政策文件、实施方案、工作报告、领导讲话、要闻和名词解释。',
  keywords: ['政务公开', '政府信息公开', '西湖区', '政策文件'],
  /** the title line of the site's own share card (home and list pages) */
  tagline: '公开政府信息，解读政策文件',
  /** Atom feeds and dates in structured data carry this offset (China Standard Time) */
  utcOffset: '+08:00',
  /**
   * 栏目 (columns) for the page meta tags the 政府网站发展指引 asks for: ColumnName,
   * ColumnDescription, ColumnKeywords, ColumnType. Document pages use their kind's column.
   */
  columns: {
    home: { name: '首页', description: '西湖区人民政府政务公开首页', keywords: ['政务公开', '首页'], type: '首页' },
    documents: { name: '政务公开', description: '西湖区政府信息公开目录：按类型、发布机构和年份浏览', keywords: ['政府信息公开', '公开目录'], type: '信息公开' },
    organisations: { name: '发布机构', description: '发布政府信息的机构', keywords: ['发布机构', '机构职能'], type: '机构信息' },
    glossary: { name: '名词解释', description: '政策文件和工作报告中的名词解释', keywords: ['名词解释', '政策解读'], type: '政策解读' },
    search: { name: '搜索', description: '全站搜索政府信息', keywords: ['搜索'], type: '站内搜索' },
  },
  /** one column per kind of document (keys are the kinds in src/lib/kinds.ts) */
  kindColumns: {
    disclosure: { description: '部门依法主动公开的政府信息', keywords: ['信息公开'], type: '信息公开' },
    plan: { description: '各级机关制定的实施方案', keywords: ['实施方案', '政策文件'], type: '政策文件' },
    report: { description: '政府工作报告', keywords: ['政府工作报告'], type: '工作报告' },
    speech: { description: '领导讲话', keywords: ['领导讲话'], type: '领导讲话' },
    news: { description: '本区要闻', keywords: ['要闻', '新闻'], type: '新闻发布' },
    interpretation: { description: '政策文件的解读：每篇注明所解读的文件，以及由谁解读', keywords: ['政策解读', '解读'], type: '政策解读' },
  },
  /**
   * 索引号 scheme (src/lib/check/index-number.ts lists the schemes seen on real
   * sites). The bundled documents keep the numbers they were published with, in
   * this six-group form; a site with another scheme picks it here.
   */
  indexNumber: indexNumberSchemes.sixGroups as IndexNumberScheme,
} as const;
