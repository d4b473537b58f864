import { HtmlValidate, type ConfigData } from 'html-validate';

/** html-validate's recommended rules, with the two places where the site is right and the rule is stricter than HTML. */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // search filters are checkboxes sharing a name on purpose: ?kind=plan&kind=report
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    // section ids are made from Chinese headings and may start with a digit ("4深入进行一轮全面查摆"), which HTML allows
    'valid-id': ['error', { relaxed: true }],
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate(htmlValidateConfig);

export async function validateHtml(file: string, html: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) => result.messages.map((message) => ({ file, line: message.line, rule: message.ruleId, message: message.message })));
}
