/**
 * What a task says of itself in a plan's text: its number and short title, and the note that names who leads it
 * and who carries it out: 〔牵头单位:城建办、城管办,责任单位:各相关社区〕 in the street plan, (牵头领导:赵光耀;责任部门:
 * 领导小组办公室;机关各科室,局属各单位) in the bureau's, also with a bracket or a separator lost. Names are kept exactly
 * as written and in their order: the order is meaningful (“牵头单位以排名在前的为主”).
 */

export interface TaskNote {
  /** 牵头单位, 牵头领导 or 牵头部门, as the note writes it (in its script) */
  leadLabel: string;
  leads: string[];
  /** 责任单位 or 责任部门, as written; absent when the note names no one responsible */
  responsibleLabel?: string | undefined;
  responsible: string[];
}

/** A lead written as a person (牵头领导, 牽頭領導) is a person, not an organisation: it is never matched to one. */
export function isLeaderLabel(label: string): boolean {
  return label === '牵头领导' || label === '牽頭領導';
}

/** The labels in either script: a document in Traditional writes 〔牽頭單位:城建辦,責任單位:各相關社區〕. */
const notePattern = /^((?:牵头|牽頭)(?:单位|單位|领导|領導|部门|部門))[:：]\s*(.*?)\s*(?:[,，;；]\s*)?(?:((?:责任|責任)(?:单位|單位|部门|部門))[:：]\s*(.*))?$/su;
const brackets = /^[\s〔(（[【]+|[\s〕)）\]】]+$/gu;

/** Names in a list: separated by 、 , ， ; or ； (the bureau's notes mix them). */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；]/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The note's parts, or null when the text is not a task note. */
export function parseTaskNote(text: string): TaskNote | null {
  const match = notePattern.exec(text.replace(brackets, ''));
  if (!match) return null;
  const [, leadLabel = '', leads = '', responsibleLabel, responsible = ''] = match;
  return {
    leadLabel,
    leads: splitNames(leads),
    ...(responsibleLabel ? { responsibleLabel } : {}),
    responsible: splitNames(responsible),
  };
}

/** The numbers a task is written with: 1. / 1、 / ① / （一） / 1) / （1）. */
const numberPatterns: RegExp[] = [/^(\d{1,3})[.．、](?!\d)/u, /^([①-⑳])/u, /^[(（]([一二三四五六七八九十]+|\d{1,3})[)）]/u, /^(\d{1,3})[)）]/u];

/**
 * A task's own number (as written, without its dot or brackets; absent when the text has none) and its short title:
 * the text before the first 。. A full stop typed as “.” between two Chinese characters (城市交通乱象整治.不断巩固…)
 * ends the title too: it is the same slip of the keyboard.
 */
export function taskHeadline(text: string): { number?: string | undefined; title: string } {
  const trimmed = text.trim();
  let number: string | undefined;
  let rest = trimmed;
  for (const pattern of numberPatterns) {
    const match = pattern.exec(trimmed);
    if (match) {
      number = match[1];
      rest = trimmed.slice(match[0].length).trim();
      break;
    }
  }
  const end = /。|(?<=\p{Script=Han})[.．](?=\p{Script=Han})/u.exec(rest);
  const title = (end ? rest.slice(0, end.index) : rest).replace(/[，,；;：:\s]+$/u, '').trim();
  return { ...(number !== undefined ? { number } : {}), title };
}
