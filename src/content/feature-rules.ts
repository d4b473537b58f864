import type { Root } from 'mdast';
import type { ContentFile, ContentModel } from './content-model.ts';
import type { Finding } from './finding.ts';

/** A problem a rule finds in one file's front matter: the field it is at, what is wrong, and how to fix it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  fix: string;
}

/**
 * The rules features add to what content may contain (有效期, 解读, earlier versions). src/rules.config.ts hands
 * them to the schemas, the content loader and the content check, which run each where it belongs: the content layer
 * itself imports no feature, as with the body pipeline (src/markdown.config.ts).
 */
export interface FeatureRules {
  /** rules of one document's fields, run by its schema, so the check and the loader say the same */
  document: readonly ((data: Readonly<Record<string, unknown>>) => FieldIssue[])[];
  /** rules between documents, run by the check and by the loader once every document is read */
  betweenDocuments: readonly ((documents: readonly ContentFile[]) => Finding[])[];
  /** rules over the whole content (earlier versions against their documents), run by the check */
  wholeContent: readonly ((model: Pick<ContentModel, 'documents' | 'versions'>) => Finding[])[];
  /**
   * rules over what the bodies say (a task's units, a key figure's words), run by the check on each body's parsed
   * tree (null where the body does not parse, which the check reports itself)
   */
  bodies: readonly ((model: ContentModel, treeOf: (file: ContentFile) => Root | null) => Finding[])[];
}
