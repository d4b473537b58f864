import type { FeatureRules } from './content/feature-rules.ts';
import { checkKeyFigures } from './features/figures/check.ts';
import { interpretationIssues } from './features/interpretation/rules.ts';
import { checkTaskUnits } from './features/tasks/check.ts';
import { documentRelationFindings } from './features/validity/relations.ts';
import { validityIssues } from './features/validity/rules.ts';
import { versionFindings } from './features/versions/rules.ts';

/**
 * The rules the features add to what content may contain, in one list: the schemas run the rules of one document
 * (a 有效期 that ends before it starts, a 解读 that names what it interprets and who wrote it), the content check and
 * the content loader the rules between documents (what a 解读 interprets, where a chain of replacements leads), the
 * check those over the whole content (earlier versions against their documents) and over what the bodies say (a task's
 * units have organisation files, a key figure's words are its sentence's). As with the body pipeline
 * (markdown.config.ts), this is where features plug into the content layer, which imports none of them.
 */
export const featureRules: FeatureRules = {
  document: [validityIssues, interpretationIssues],
  betweenDocuments: [documentRelationFindings],
  wholeContent: [versionFindings],
  bodies: [checkTaskUnits, (model, treeOf) => checkKeyFigures(model.documents, treeOf)],
};
