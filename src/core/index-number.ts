/**
 * 索引号 schemes. There is no national format: each site configures its own
 * (src/site.config.ts). Where a scheme carries a date, it must agree with the
 * document's date (the content check, src/content/check/index-number.ts, says so).
 */
export interface IndexNumberScheme {
  pattern: RegExp;
  /** shown to staff: what a valid number looks like */
  description: string;
  /** the date the number carries, as YYYY or YYYY-MM-DD, or null when the scheme has none */
  datePart: ((indexNumber: string) => string | null) | null;
}

const captured = (pattern: RegExp, format: (match: RegExpExecArray) => string) => (value: string) => {
  const match = pattern.exec(value);
  return match ? format(match) : null;
};

export const indexNumberSchemes = {
  /** 组织机构代码/年份-序号, as the State Council General Office: 000014349/2017-00110 */
  organisationCodeYear: {
    pattern: /^[0-9A-Z]{9}\/(\d{4})-\d{5}$/,
    description: '九位组织机构代码/年份-五位序号，如 000014349/2017-00110',
    datePart: captured(/\/(\d{4})-/, (match) => match[1]!),
  },
  /** 统一社会信用代码/年份-序号: 11441700007280420Y/2021-00050 */
  creditCodeYear: {
    pattern: /^[0-9A-Z]{18}\/(\d{4})-\d{5}$/,
    description: '十八位统一社会信用代码/年份-五位序号，如 11441700007280420Y/2021-00050',
    datePart: captured(/\/(\d{4})-/, (match) => match[1]!),
  },
  /** 宁波: 地区编号-部门编号-类别号-分组号-YYYYMMDD-顺序号 */
  ningbo: {
    pattern: /^[0-9A-Za-z]+-[0-9A-Za-z]+-[0-9A-Za-z]+-[0-9A-Za-z]+-\d{8}-\d+$/,
    description: '地区编号-部门编号-类别号-分组号-YYYYMMDD-顺序号，如 330200-01-03-02-20210315-0001',
    datePart: captured(/-(\d{4})(\d{2})(\d{2})-\d+$/, (match) => `${match[1]}-${match[2]}-${match[3]}`),
  },
  /** the form the bundled documents were published with: A25010-7593-9696-1648-2717-4699 (no date) */
  sixGroups: {
    pattern: /^[A-Z0-9]{6}(-\d{4}){5}$/,
    description: '六组，用“-”连接，如 A25010-7593-9696-1648-2717-4699',
    datePart: null,
  },
} satisfies Record<string, IndexNumberScheme>;

