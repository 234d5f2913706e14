/**
 * Labels each cell of a table's rows with its column's heading, as a
 * `data-label` attribute: a phone shows each row as a block of labelled lines
 * (global.css, `.source-table`), and the label is read by CSS from the cell
 * itself. An attribute, not a style: the pages' security policy allows no
 * inline styles, and the cell's text stays the cell's own.
 */

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Adds `data-label="<heading>"` to the n-th `<td>` of every row in `html`, from `labels[n]`. */
export function labelCells(html: string, labels: readonly string[]): string {
  return html.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
    let column = 0;
    return row.replace(/<td\b/g, (cell) => {
      const label = labels[column++];
      return label === undefined
        ? cell
        : `${cell} data-label="${escapeAttribute(label.replace(/\s+/g, ' '))}"`;
    });
  });
}
