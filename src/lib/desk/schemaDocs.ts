/**
 * The one-line JSDoc of every schema field, read from the schema modules'
 * source text: the desk shows it as the field's hint, so the hint a form shows
 * is the comment a developer reads beside the rule (one source of truth).
 */
import ts from 'typescript';

/** Field docs by `<variable>.<field>` (the exported schema or shape that declares the field). */
export type SchemaDocs = ReadonlyMap<string, string>;

/** Reads the JSDoc of each property of the object literals declared in the given sources. */
export function readSchemaDocs(sources: readonly string[]): SchemaDocs {
  const docs = new Map<string, string>();
  for (const source of sources) {
    const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, variable: string | undefined): void => {
      const name =
        ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) ? node.name.text : variable;
      if (
        name &&
        ts.isPropertyAssignment(node) &&
        (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
      ) {
        const comment = ts
          .getJSDocCommentsAndTags(node)
          .map((doc) => (ts.isJSDoc(doc) ? ts.getTextOfJSDocComment(doc.comment) : undefined))
          .find((text) => text !== undefined);
        const key = `${name}.${node.name.text}`;
        if (comment && !docs.has(key)) docs.set(key, comment.replace(/\s+/g, ' ').trim());
      }
      ts.forEachChild(node, (child) => visit(child, name));
    };
    visit(file, undefined);
  }
  return docs;
}
