import { formatChineseDate } from '../../lib/dates.ts';
import { unstatedValidity } from '../../lib/kinds.ts';
import { validityOn, type ValidityFacts, type ValidityStatus } from './status.ts';

/** What the index needs about a document: its validity facts and how it is tied to others. */
export interface PolicyRecord extends ValidityFacts {
  id: string;
  kind: string;
  supersededBy?: string | undefined;
  /** a 解读's documents */
  interprets?: readonly string[] | undefined;
}

/** A document a 解读 interprets that is no longer in force: what its interpretations say about it. */
export interface LapsedPolicy {
  id: string;
  status: ValidityStatus;
  /** 所解读的文件已于2023年1月1日废止 */
  sentence: string;
}

/**
 * Documents over time on the day of a build: each one's validity (a 解读 takes that of what it interprets), what
 * replaced it at the end of its chain of replacements, and its 解读 — all read from front matter, so the pages, lists,
 * search filters, feeds and the validity list all say the same.
 */
export class PolicyIndex {
  readonly day: string;
  private readonly byId: Map<string, PolicyRecord>;
  private readonly interpretations = new Map<string, string[]>();
  private readonly statuses = new Map<string, ValidityStatus>();

  constructor(records: readonly PolicyRecord[], day: string) {
    this.day = day;
    this.byId = new Map(records.map((record) => [record.id, record]));
    for (const record of records) {
      if (record.kind !== 'interpretation') continue;
      for (const id of record.interprets ?? []) this.interpretations.set(id, [...(this.interpretations.get(id) ?? []), record.id]);
    }
  }

  record(id: string): PolicyRecord | undefined {
    return this.byId.get(id);
  }

  /** The 解读 of a document, in the order of their ids. */
  interpretationsOf(id: string): string[] {
    return [...(this.interpretations.get(id) ?? [])].sort();
  }

  /** The documents a 解读 interprets (those that exist). */
  interpretedBy(id: string): string[] {
    return (this.byId.get(id)?.interprets ?? []).filter((target) => this.byId.has(target));
  }

  /** The documents a 解读 interprets that are no longer in force, each with the sentence its banner says. */
  lapsedPolicies(id: string): LapsedPolicy[] {
    return this.interpretedBy(id).flatMap((target) => {
      const status = this.statusOf(target);
      if (!status.lapsed) return [];
      const when = !status.since ? `已${status.status}` : status.periodEnded ? `有效期至${formatChineseDate(status.since)}，已届满${status.status}` : `已于${formatChineseDate(status.since)}${status.status}`;
      return [{ id: target, status, sentence: `所解读的文件${when}` }];
    });
  }

  /**
   * A document's validity on the build day. A 解读 has none of its own: while any document it interprets is in force
   * it is 有效 (or 未标注, as they are); once all have lapsed it is as the last of them to lapse, saying so.
   */
  statusOf(id: string): ValidityStatus {
    const known = this.statuses.get(id);
    if (known) return known;
    const record = this.byId.get(id);
    let status: ValidityStatus;
    if (!record) status = validityOn({}, this.day);
    else if (record.kind !== 'interpretation') status = validityOn(record, this.day);
    else {
      const targets = this.interpretedBy(id).map((target) => this.statusOf(target));
      const lapsed = this.lapsedPolicies(id);
      if (targets.length > 0 && lapsed.length === targets.length) {
        const last = [...lapsed].sort((a, b) => (a.status.since ?? '').localeCompare(b.status.since ?? '')).at(-1)!;
        status = { ...last.status, expired: false, reason: last.sentence, validFrom: undefined, validUntil: undefined };
      } else {
        const alive = targets.filter((target) => !target.lapsed).map((target) => target.status);
        status = { status: alive.includes('有效') ? '有效' : unstatedValidity, lapsed: false, expired: false, periodEnded: false, notYetInForce: false };
      }
    }
    this.statuses.set(id, status);
    return status;
  }

  /** The document in force at the end of a chain of replacements (undefined when none replaced it). */
  currentReplacement(id: string): string | undefined {
    let next = this.byId.get(id)?.supersededBy;
    const seen = new Set([id]);
    while (next && this.byId.has(next) && !seen.has(next)) {
      seen.add(next);
      const onward = this.byId.get(next)!.supersededBy;
      if (!onward || !this.byId.has(onward)) return next;
      next = onward;
    }
    return next && this.byId.has(next) && next !== id ? next : undefined;
  }

  /** Documents whose 有效期 ended before the build day without anyone marking them: what the build reports. */
  expired(): string[] {
    return [...this.byId.keys()].filter((id) => this.statusOf(id).expired).sort();
  }
}
