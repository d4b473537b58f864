import { site } from '../../site.config.ts';
import type { CardContent } from './layout.ts';

/** The card of pages without their own (home, lists): the site and what it publishes. */
export const siteCard: CardContent = {
  siteName: site.name,
  domain: site.domain,
  kind: '政务公开',
  title: site.tagline,
  publisher: site.organiser,
  date: '',
  language: 'zh-Hans',
};
