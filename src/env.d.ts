declare namespace App {
  interface Locals {
    /**
     * The language a page is shown in, when its URL does not say (an article's page is at
     * /articles/<slug>/ in every edition and is shown in the article's own language).
     */
    lang?: import('./schemas/fields.ts').Language;
    /** The edition the page speaks (src/middleware.ts): its language, words, formatter and URLs. */
    readonly edition: import('./site.config.ts').Edition;
  }
}
