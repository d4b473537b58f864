/** Where each share card is published; pages point og:image here and the card step writes here. */
export const siteCardPath = '/cards/site.png';

export function documentCardPath(documentId: string): string {
  return `/cards/${documentId}.png`;
}

export function termCardPath(termId: string): string {
  return `/cards/glossary/${termId}.png`;
}
