import type { AstroIntegration } from 'astro';
import { contentErrorsMessage, onContentErrorsChange } from '../../content/loader/content-errors.ts';
import { devServerFlag } from '../security/csp.ts';

/**
 * In `astro dev` only: a content error (schema, body) is shown in the browser's error
 * overlay the moment a file is saved, and on every page until it is fixed; fixing it
 * reloads the page. A build is untouched (it stops with the error instead).
 */
export function devContentErrors(): AstroIntegration {
  return {
    name: 'dev-content-errors',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // the pages of `astro dev` carry the policy that lets its inline styles and scripts run (src/features/security/csp.ts)
        if (command === 'dev') process.env[devServerFlag] = '1';
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./dev-content-errors-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:server:setup': ({ server }) => {
        let shown = false;
        onContentErrorsChange(() => {
          const message = contentErrorsMessage();
          if (message) {
            server.environments.client.hot.send({ type: 'error', err: { message, stack: '', plugin: '内容检查' } });
            shown = true;
          } else if (shown) {
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
            shown = false;
          }
        });
      },
    },
  };
}
