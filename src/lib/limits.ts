/** Page sizes that keep every listing page bounded however large the corpus grows. */

/** Events on one timeline page; /timeline/ shows everything while the total fits. */
export const TIMELINE_PAGE_SIZE = 150;
