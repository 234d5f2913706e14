/**
 * The desk's preview pane (Decap's preview templates): above the entry, the contract's check of
 * what the form holds (src/lib/desk/previewCheck.ts), so an editor sees a quote missing from the
 * body or an inference without its note before saving; under it, the entry's title and body.
 * The entities come from the site's own /data/entities.json (live in `npm run edit`).
 */
import type { ContentProblem } from '@/lib/contract/problems.ts';
import { checkEntry, type KnownEntity } from '@/lib/desk/previewCheck.ts';

/** What the desk's bundle puts on `window` (React's createElement as `h`, and `createClass`). */
interface DecapGlobals {
  CMS: {
    registerPreviewTemplate(collection: string, component: unknown): void;
    registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  };
  h: (
    type: string | unknown,
    props: Record<string, unknown> | null,
    ...children: unknown[]
  ) => unknown;
  createClass: (spec: Record<string, unknown>) => unknown;
}

/** An entry as Decap hands it to a preview (an Immutable.js map). */
interface PreviewProps {
  entry: {
    get(key: 'data'): { toJS(): Record<string, unknown> };
    get(key: 'slug' | 'newRecord'): unknown;
  };
  widgetFor(field: string): unknown;
}

const globals = window as unknown as DecapGlobals;
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let entities: readonly KnownEntity[] = [];
let loaded: Promise<void> | undefined;
/** The site's entities, fetched once per visit of the desk. */
function loadEntities(onLoad: () => void): void {
  loaded ??= fetch(`${base}data/entities.json`, { cache: 'no-store' })
    .then(async (response) => {
      if (response.ok) entities = (await response.json()) as KnownEntity[];
    })
    .catch(() => undefined);
  void loaded.then(onLoad);
}

const STYLE = `
.contract { font: 15px/1.45 system-ui, sans-serif; border: 2px solid #b42318; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 3rem 1.5rem 0; background: #fef3f2; color: #1d2939; }
.contract.ok { border-color: #067647; background: #ecfdf3; }
.contract.todo { border-color: #b54708; background: #fffaeb; }
.contract h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.contract ul { margin: 0; padding-left: 1.25rem; }
.contract li { margin: 0.25rem 0; }
.contract code { font-size: 0.9em; }
.contract p { margin: 0.25rem 0 0; }
`;

function problemList(h: DecapGlobals['h'], problems: readonly ContentProblem[]): unknown {
  return h(
    'ul',
    null,
    ...problems.map((problem, index) =>
      h(
        'li',
        { key: index },
        problem.field ? h('code', null, problem.field) : null,
        problem.field ? ': ' : null,
        problem.message,
      ),
    ),
  );
}

/** The check's verdict as the pane shows it. */
function verdict(
  h: DecapGlobals['h'],
  collection: 'articles' | 'entities',
  props: PreviewProps,
): unknown {
  const slug =
    typeof props.entry.get('slug') === 'string' && props.entry.get('slug')
      ? String(props.entry.get('slug'))
      : 'new-entry';
  const { problems, toFill } = checkEntry(
    collection,
    slug,
    props.entry.get('data').toJS(),
    entities,
  );
  // The verdict's box: its kind (a colour), its heading, and what it lists.
  const box = (kind: string, heading: string, ...body: unknown[]): unknown =>
    h(
      'section',
      { className: `contract ${kind}`.trim(), role: 'status', 'aria-label': 'Content check' },
      h('h2', null, heading),
      ...body,
    );
  const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  if (problems.length > 0) {
    return box(
      '',
      `The content check would refuse this entry: ${count(problems.length, 'problem')}`,
      problemList(h, problems),
      h('p', null, 'Fix them before saving: the pull request is checked with the same rules.'),
    );
  }
  if (toFill.length > 0) {
    return box(
      'todo',
      `A draft: ${count(toFill.length, 'value')} to fill before it can be published`,
      problemList(h, toFill),
    );
  }
  return box('ok', 'The content check finds no problem in this entry.');
}

function register(): void {
  const { CMS, h, createClass } = globals;
  CMS.registerPreviewStyle(STYLE, { raw: true });
  for (const collection of ['articles', 'entities'] as const) {
    CMS.registerPreviewTemplate(
      collection,
      createClass({
        componentDidMount(this: { forceUpdate(): void }) {
          loadEntities(() => this.forceUpdate());
        },
        render(this: { props: PreviewProps }) {
          const data = this.props.entry.get('data').toJS();
          const heading = collection === 'articles' ? data.title : data.name;
          return h(
            'article',
            null,
            verdict(h, collection, this.props),
            h('h1', null, typeof heading === 'string' ? heading : ''),
            this.props.widgetFor('body'),
          );
        },
      }),
    );
  }
}

if (globals.CMS) register();
