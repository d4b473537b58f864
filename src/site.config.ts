/** One place for what the site says about itself (meta tags, footer, 索引号 scheme). */
export const site = {
  name: '西湖区人民政府 政务公开',
  shortName: '西湖区政务公开',
  domain: 'www.xihu-gov.example',
  /** 网站标识码 (SiteIDCode) */
  idCode: '3601030001',
  icp: '赣ICP备00000000号',
  publicSecurityRecord: '赣公网安备 36010302000000号',
  organiser: '西湖区人民政府办公室',
  /**
   * 索引号 scheme: the bundled documents keep the numbers they were published with,
   * so the pattern accepts this site's six-group form. A site with another scheme
   * changes the pattern (and datePart) here.
   */
  indexNumber: {
    pattern: /^[A-Z0-9]{6}(-\d{4}){5}$/,
    description: '六组，用“-”连接，如 A25010-7593-9696-1648-2717-4699',
    /** where the scheme carries a date: a function returning YYYY or YYYY-MM-DD, or null */
    datePart: null as null | ((indexNumber: string) => string | null),
  },
} as const;
