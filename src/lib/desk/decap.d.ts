/** Decap CMS's frontmatter formatter (decap-cms-core ships no type declarations for its modules). */
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  interface FrontmatterFormatter {
    fromFile(content: string): Record<string, unknown>;
    toFile(
      data: Record<string, unknown>,
      sortedKeys?: string[],
      comments?: Record<string, string>,
    ): string;
  }
  export function frontmatterYAML(
    customDelimiter?: string | [string, string],
  ): FrontmatterFormatter;
}
