import { documentUrl } from '../lib/documents.ts';
import { formatChineseDate } from '../lib/dates.ts';
import { compiledBySite } from '../features/interpretation/rules.ts';
import type { PolicyIndex } from '../features/validity/policy-index.ts';
import { statusWithDate, validityPeriodText, type ValidityStatus } from '../features/validity/status.ts';
import { versionHistory, type ChangeNote, type EarlierVersion, type VersionHistory } from '../features/versions/history.ts';

/**
 * What a document page shows about the document over time, as plain data: its validity on the build day (and the
 * banner that says so), the document in force that replaced it, its 解读 or the documents it interprets, and its
 * versions. The page renders it; the tests read it.
 */

export interface TimelineDocument {
  id: string;
  title: string;
  language: string;
  kind: string;
  publisherName: string;
  dateText: string;
  interpretedBy?: string | undefined;
  changes: readonly ChangeNote[];
}

export interface DocumentLink {
  id: string;
  title: string;
  href: string;
  lang: string;
}

export interface Banner {
  validity: string;
  /** since when, for a day the status changed (not the last day of a 有效期: that is said in the reason) */
  changedOn?: string | undefined;
  reason?: string | undefined;
  replacement?: DocumentLink | undefined;
}

export interface InterpretedDocument extends DocumentLink {
  publisherName: string;
  dateText: string;
  status: ValidityStatus;
  /** 失效（2023-12-31 到期） */
  statusText: string;
  /** 所解读的文件已于2023年1月1日废止, when it is no longer in force */
  lapsedSentence?: string | undefined;
  replacement?: DocumentLink | undefined;
}

export interface DocumentTimeline {
  status: ValidityStatus;
  /** shown beside 有效性 where the status is not the document's own (a 解读 takes that of what it interprets) */
  statusText: string;
  /** 2020年1月1日至2023年12月31日 */
  period?: string | undefined;
  banner?: Banner | undefined;
  replacement?: DocumentLink | undefined;
  /** a policy's 解读, each saying who wrote it */
  interpretations: (DocumentLink & { by: string })[];
  /** a 解读's documents */
  interprets: InterpretedDocument[];
  /** a 解读 compiled by this site from the text (根据原文整理), not issued by the publisher */
  compiled: boolean;
  history: VersionHistory | null;
  /** 附解读, on the share card's footer line */
  cardNote?: string | undefined;
}

export const interpretationCardNote = '附解读';

/** The banner of a document no longer in force; none while it is in force. */
export function bannerOf(status: ValidityStatus, replacement?: DocumentLink): Banner | undefined {
  if (!status.lapsed) return undefined;
  // the last day of a 有效期 is not the day it stopped: the reason says 有效期至…，已届满
  const changedOn = status.periodEnded ? undefined : status.since;
  return { validity: status.status, changedOn, reason: status.reason, replacement };
}

export function documentTimeline(
  id: string,
  documents: ReadonlyMap<string, TimelineDocument>,
  policies: PolicyIndex,
  earlier: readonly EarlierVersion[],
): DocumentTimeline {
  const doc = documents.get(id)!;
  const link = (target: string): DocumentLink | undefined => {
    const other = documents.get(target);
    return other && { id: other.id, title: other.title, href: documentUrl(other.id), lang: other.language };
  };
  const status = policies.statusOf(id);
  const replacementId = policies.currentReplacement(id);
  const replacement = replacementId ? link(replacementId) : undefined;
  const lapsed = new Map(policies.lapsedPolicies(id).map((policy) => [policy.id, policy.sentence]));
  const interprets = policies.interpretedBy(id).map((target) => {
    const other = documents.get(target)!;
    const targetStatus = policies.statusOf(target);
    const onward = policies.currentReplacement(target);
    return {
      ...link(target)!,
      publisherName: other.publisherName,
      dateText: other.dateText,
      status: targetStatus,
      statusText: statusWithDate(targetStatus),
      lapsedSentence: lapsed.get(target),
      replacement: onward ? link(onward) : undefined,
    };
  });
  const interpretations = policies.interpretationsOf(id).flatMap((other) => {
    const target = link(other);
    const by = documents.get(other)?.interpretedBy;
    return target ? [{ ...target, by: by === compiledBySite ? compiledBySite : documents.get(other)!.publisherName }] : [];
  });
  const isInterpretation = doc.kind === 'interpretation';
  return {
    status,
    statusText: isInterpretation && interprets.length > 0 ? `${statusWithDate(status)}（随所解读的文件）` : statusWithDate(status),
    period: validityPeriodText(status),
    // a 解读's banner is about the documents it interprets (InterpretedDocuments says which, and since when)
    banner: isInterpretation ? undefined : bannerOf(status, replacement),
    replacement,
    interpretations,
    interprets,
    compiled: isInterpretation && doc.interpretedBy === compiledBySite,
    history: versionHistory(id, earlier, doc.changes),
    cardNote: interpretations.length > 0 ? interpretationCardNote : undefined,
  };
}

/** 2022年7月17日版本 */
export function versionName(date: string): string {
  return `${formatChineseDate(date)}版本`;
}
