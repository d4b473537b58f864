import { describe, expect, it } from 'vitest';
import { buildFolding, traditionalPhrases } from '../../core/chinese/fold-table.ts';
import { charCode, foldText, parseFolding, queryTokens, queryWords, readsAsTraditional, sequenceStarts, serialiseFolding, sparseTokens, tokenize, type QueryToken, type Token } from './tokens.ts';
import type { Folding } from '../../core/chinese/fold-table.ts';

const folding: Folding = { table: new Map([['總', '总'], ['結', '结'], ['運', '运'], ['會', '会'], ['點', '点'], ['馬', '马']]), ambiguous: new Set(['著']) };
const codes = (text: string) => tokenize(text, folding).map((token) => token.code);
const kinds = (text: string) => tokenize(text, folding).map((token) => token.kind);

/**
 * What the index does with a query: the pages (texts) where the query's tokens stand one after another,
 * a prefix token matching any token that begins with it.
 */
function finds(text: string, query: string): boolean {
  const page = tokenize(text, folding);
  const plan = queryTokens(query, folding);
  const at = (token: Token, q: QueryToken) => (q.prefix ? token.code.startsWith(q.code) : token.code === q.code);
  return page.some((_, i) => plan.length > 0 && plan.every((q, k) => page[i + k] !== undefined && at(page[i + k]!, q)));
}

describe('search tokens', () => {
  it('gives every character a token at its place: the pair it starts, or itself as the end of its run', () => {
    expect(kinds('四门八洲')).toEqual(['pair', 'pair', 'pair', 'end']);
    expect(kinds('坡')).toEqual(['end']);
    expect(codes('四门')).toEqual([charCode('四') + charCode('门'), `${charCode('门')}2`]);
    expect(charCode('四')).toMatch(/^[a-z][0-9a-z]{2}$/);
    expect(charCode('d')).toBe('0d');
  });
  it('folds Traditional to Simplified so both scripts meet', () => {
    expect(codes('總結')).toEqual(codes('总结'));
    expect(foldText('全運會', folding)).toBe('全运会');
  });
  it('reads Han, Latin and digits as one run, broken by spaces and punctuation', () => {
    expect(kinds('公厕30座')).toEqual(['pair', 'pair', 'pair', 'pair', 'end']);
    expect(kinds('“2545”工作，IPv6')).toEqual(['pair', 'pair', 'pair', 'end', 'pair', 'end', 'pair', 'pair', 'pair', 'end']);
    expect(codes('２０２０年')).toEqual(codes('2020年'));
    expect(codes('IPv6')).toEqual(codes('ipv6'));
  });
  it('keeps offsets into the original text', () => {
    const [first] = tokenize('“雪亮工程”', folding);
    expect(first).toMatchObject({ start: 1, end: 3 });
  });
  it('spells tokens so that none begins another, except a character’s own letters', () => {
    const all = codes('年2020年起 30 300 马良 马 d D级 2 22 α');
    for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    const [ma] = queryTokens('马', folding);
    expect(ma).toMatchObject({ prefix: true });
    expect(codes('马良')[0]!.startsWith(ma!.code)).toBe(true);
    expect(codes('马')[0]!.startsWith(ma!.code)).toBe(true);
  });
  it('finds exactly the texts that contain the query, a character next to digits, Latin or a space included', () => {
    const cases: [string, string, boolean][] = [
      ['从2020年起开展', '2020年', true],
      ['2020年', '2020年', true],
      ['12020年', '2020年', true],
      ['2020 年', '2020年', false],
      ['新建公厕30座，改造', '公厕30座', true],
      ['新建公厕30座改造', '公厕30座', true],
      ['新建公厕300座', '公厕30座', false],
      ['新建公厕130座', '30座', true],
      ['年满18岁的', '18岁', true],
      ['D级危房', 'D级', true],
      ['AD级', 'D级', true],
      ['D 级', 'D级', false],
      ['“2545”工作模式', '5', true],
      ['4.1万户', '4.1万户', true],
      ['4.1万户', '1万', true],
      ['区委书记马良', '马', true],
      ['司马', '马', true],
      ['馬路', '马', true],
      ['马路本色', '马路', true],
      ['西湖四门八洲', '四门八洲', true],
      ['西湖四门', '西湖四门八洲', false],
      ['彰显省会担当 我们怎么干', '我们怎么干', true],
      ['彰显省会担当 我们怎么干', '担当 我们', true],
      ['彰显省会担当 我们怎么干', '担当我们', false],
      ['彰显省会担当 我们怎么干', '当', true],
      ['总结去年', '總結', true],
      ['年', '年', true],
      ['一年', '年', true],
    ];
    for (const [text, query, expected] of cases) expect(finds(text, query), `${query} in ${text}`).toBe(expected);
  });
  it('asks for a character that ends the query as a prefix, and drops the end of a longer run', () => {
    expect(queryTokens('文明城市', folding).map((token) => token.prefix)).toEqual([false, false, false]);
    expect(queryTokens('2020年', folding).map((token) => token.prefix)).toEqual([false, false, false, false]);
    expect(queryTokens('2020 年', folding).map((token) => token.prefix)).toEqual([false, false, false, false, true]);
    expect(queryTokens('马', folding)).toHaveLength(1);
    expect(queryTokens('，。', folding)).toEqual([]);
  });
  it('finds where a word’s tokens stand one after another', () => {
    expect(sequenceStarts([[1, 5, 9], [2, 7, 10], [3, 11]])).toEqual([1, 9]);
    expect(sequenceStarts([[4], []])).toEqual([]);
  });
  it('splits queries into words, keeping quoted phrases', () => {
    expect(queryWords('文明 城市')).toEqual(['文明', '城市']);
    expect(queryWords('"文明 城市" 总结')).toEqual(['文明 城市', '总结']);
    expect(queryWords('  ')).toEqual([]);
  });
});

describe('folding with OpenCC', () => {
  const real = buildFolding();
  const phrases = traditionalPhrases();
  it('survives its compact form', () => {
    expect(parseFolding(serialiseFolding(real))).toEqual(real);
  });
  it('never changes a Simplified page’s own characters: 显著 stays, and does not meet 显着', () => {
    const simplified = (text: string) => tokenize(text, real).map((token) => token.code);
    expect(simplified('城市文明显著提升')).not.toEqual(simplified('城市文明显着提升'));
    expect(simplified('我们怎么干')).not.toEqual(simplified('我们怎幺干'));
    expect(simplified('乾隆')).not.toEqual(simplified('干隆'));
  });
  it('folds Traditional text by its phrases where a character alone is ambiguous', () => {
    const traditional = (text: string) => tokenize(text, real, phrases).map((token) => token.code);
    const simplified = (text: string) => tokenize(text, real).map((token) => token.code);
    expect(traditional('面臨著')).toEqual(simplified('面临着'));
    expect(traditional('顯著')).toEqual(simplified('显著'));
    expect(traditional('乾淨')).toEqual(simplified('干净'));
    expect(traditional('乾隆')).toEqual(simplified('乾隆'));
    expect(traditional('總結全運會重點工程')).toEqual(simplified('总结全运会重点工程'));
  });
  it('reads a query as Traditional only when it has a character Simplified text never uses', () => {
    expect(readsAsTraditional('隨著', real)).toBe(true);
    expect(readsAsTraditional('显著', real)).toBe(false);
    expect(readsAsTraditional('著', real)).toBe(false);
  });

  it('asks for fewer pairs of a long word, and finds exactly the pages the whole word would', () => {
    expect(sparseTokens(queryTokens('老旧小区改造', folding))).toEqual([0, 2, 4]);
    expect(sparseTokens(queryTokens('四门八洲十三坡', folding))).toEqual([0, 2, 4, 5]);
    expect(sparseTokens(queryTokens('文明', folding))).toEqual([0]);
    expect(sparseTokens(queryTokens('2020 年', folding))).toEqual([0, 2, 3, 4]);
    // the pairs asked for, at their places, decide the same as every token in a row
    const sparseFinds = (text: string, query: string) => {
      const page = tokenize(text, folding);
      const plan = queryTokens(query, folding);
      const asked = sparseTokens(plan);
      const at = (token: Token, q: QueryToken) => (q.prefix ? token.code.startsWith(q.code) : token.code === q.code);
      const positions = asked.map((place) => page.flatMap((token, i) => (at(token, plan[place]!) ? [i] : [])));
      return sequenceStarts(positions, asked).length > 0;
    };
    const pages = ['推进老旧小区改造工作', '老旧小区的改造', '老旧小区改建', '旧小区改造老旧', '四门八洲十三坡', '四门八洲十三', '门八洲十三坡四门'];
    for (const query of ['老旧小区改造', '四门八洲十三坡', '小区改造', '八洲十三']) {
      for (const text of pages) expect(sparseFinds(text, query), `${query} in ${text}`).toBe(finds(text, query));
    }
    expect(sparseFinds('推进老旧小区改造工作', '老旧小区改造')).toBe(true);
    expect(sparseFinds('老旧小区改建', '老旧小区改造')).toBe(false);
  });
});
