/** Scripts a browser would run: every <script> but structured data (JSON-LD), which is data, not code. */
export const RUNNABLE_SCRIPTS = 'script:not([type="application/ld+json"])';
