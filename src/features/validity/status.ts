import { formatChineseDate } from '../../lib/dates.ts';
import { unstatedValidity, type Validity } from '../../lib/kinds.ts';

/** What a document's front matter says about its validity (有效性 and 有效期). */
export interface ValidityFacts {
  validity?: Validity | undefined;
  validityChangedOn?: string | undefined;
  validityReason?: string | undefined;
  /** 施行日期: the first day in force, YYYY-MM-DD */
  validFrom?: string | undefined;
  /** 有效期至: the last day in force, YYYY-MM-DD */
  validUntil?: string | undefined;
}

export type ValidityStatusText = Validity | typeof unstatedValidity;

/** A document's validity on the day the site is built. */
export interface ValidityStatus {
  /** 有效 / 失效 / 废止, or 未标注 when neither the source nor staff state it */
  status: ValidityStatusText;
  /** no longer in force (失效 or 废止) */
  lapsed: boolean;
  /** it lapsed by itself: its 有效期 ended before the build day, and nobody edited the file */
  expired: boolean;
  /** since when it is no longer in force, YYYY-MM-DD, as stated (validityChangedOn) or as its 有效期 ends (validUntil) */
  since?: string | undefined;
  /** `since` is the last day of its 有效期 (validUntil), not a day it was repealed or declared 失效 */
  periodEnded: boolean;
  /** why, as stated, or that the 有效期 ended */
  reason?: string | undefined;
  /** in force from a day still to come */
  notYetInForce: boolean;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}

/** The reason a document whose 有效期 ended is 失效, in words. */
export function expiryReason(validUntil: string): string {
  return `有效期至${formatChineseDate(validUntil)}，已届满`;
}

/**
 * The validity a document has on `day`: a stated 废止 or 失效 stands; a 有效期 that ended before `day` makes it 失效
 * (the file is not edited: the daily build says so); a stated 有效, or a stated 有效期 that `day` falls in, is 有效;
 * otherwise 未标注. Nothing is assumed: a document that states neither validity nor 有效期 stays 未标注.
 */
export function validityOn(facts: ValidityFacts, day: string): ValidityStatus {
  const period = { validFrom: facts.validFrom, validUntil: facts.validUntil };
  const notYetInForce = facts.validFrom !== undefined && day < facts.validFrom;
  if (facts.validity === '废止' || facts.validity === '失效') {
    return {
      status: facts.validity,
      lapsed: true,
      expired: false,
      since: facts.validityChangedOn ?? facts.validUntil,
      periodEnded: !facts.validityChangedOn && facts.validUntil !== undefined,
      reason: facts.validityReason ?? (facts.validity === '失效' && facts.validUntil && !facts.validityChangedOn ? expiryReason(facts.validUntil) : undefined),
      notYetInForce: false,
      ...period,
    };
  }
  if (facts.validUntil !== undefined && day > facts.validUntil) {
    return { status: '失效', lapsed: true, expired: true, since: facts.validUntil, periodEnded: true, reason: expiryReason(facts.validUntil), notYetInForce: false, ...period };
  }
  // a stated 有效期 is a statement of validity: inside it (or before it starts) the document is 有效 by its own words
  const stated = facts.validity ?? (facts.validFrom !== undefined || facts.validUntil !== undefined ? '有效' : undefined);
  return { status: stated ?? unstatedValidity, lapsed: false, expired: false, periodEnded: false, notYetInForce, ...period };
}

/** 2020年1月1日起 · 至2023年12月31日 · 2020年1月1日至2023年12月31日: the 有效期 as the metadata table shows it. */
export function validityPeriodText(status: Pick<ValidityStatus, 'validFrom' | 'validUntil'>): string | undefined {
  const { validFrom, validUntil } = status;
  if (validFrom && validUntil) return `${formatChineseDate(validFrom)}至${formatChineseDate(validUntil)}`;
  if (validFrom) return `${formatChineseDate(validFrom)}起施行`;
  if (validUntil) return `至${formatChineseDate(validUntil)}`;
  return undefined;
}

/** 失效（2023-12-31 到期）: the status with its date, for lists and the search filter's neighbours. */
export function statusWithDate(status: ValidityStatus): string {
  if (!status.lapsed) return status.notYetInForce && status.validFrom ? `${status.status}（${status.validFrom} 起施行）` : status.status;
  if (!status.since) return status.status;
  return status.periodEnded ? `${status.status}（${status.since} 到期）` : `${status.status}（${status.since} 起）`;
}
