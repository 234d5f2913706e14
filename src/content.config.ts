/** Astro's collections: the content contract's, defined with the build's loaders (src/build/collections.ts). */
export { collections } from './build/collections.ts';
