import type { AfterPagesStep } from './core/build-step.ts';
import { cardsStep } from './features/cards/integration.ts';
import { searchIndexStep } from './features/search/integration.ts';

/**
 * The steps that read the built pages, side by side: the share cards and the search index. `astro build` runs them
 * as integrations (astro.config.mjs); the build runner (tools/build/cli.ts) runs each as a process of its own once
 * Astro has exited. Both read this one list.
 */
export const afterPagesSteps: readonly AfterPagesStep[] = [cardsStep, searchIndexStep];
