import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '@/lib/contract/validateContent.ts';

const entity = (id: string, kind: string) => ({
  path: `content/entities/${id}.md`,
  source: `---\nname: ${id}\nkind: ${kind}\n---\n`,
});

describe('CONTRIBUTING.md', () => {
  it('has a worked example that is a valid article, with its inferred values marked', () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    const section = guide.slice(guide.indexOf('### A worked example'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const entities = [
      entity('kenya', 'country'),
      entity('haiti', 'country'),
      entity('mss', 'mission'),
      entity('un-security-council', 'organization'),
    ];
    const result = validateContent({
      articles: [{ path: 'content/articles/worked-example.md', source: example! }],
      entities,
    });
    expect(result.problems).toEqual([]);
    const data = result.articles[0]!.data;
    expect(data.inferred).toEqual(['title']);
    expect([
      data.events[0]?.inferred,
      data.deployments[0]?.inferred,
      data.mandates[0]?.inferred,
    ]).toEqual([true, true, true]);
  });
});
