/**
 * Every page's edition on `Astro.locals.edition` (as Starlight's locals.ts puts its words there): the
 * language, its catalogue `t` and formatter, and the URL helpers. It is read when a component asks,
 * so a page that sets `Astro.locals.lang` first (an article, shown in its own language) is spoken
 * in that language by everything it renders.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLanguage } from './i18n/index.ts';
import { editionIn } from './site.config.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.defineProperty(context.locals, 'edition', {
    // Read when a component asks: `Astro.locals.lang` when the page set it (an article, in its own
    // language), else the page's `lang` route parameter (/fr/…, /ht/…), else English.
    get: () =>
      editionIn(
        context.locals.lang ?? (isLanguage(context.params.lang) ? context.params.lang : 'en'),
      ),
    enumerable: false,
    configurable: true,
  });
  return next();
});
