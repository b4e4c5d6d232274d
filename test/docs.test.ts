// Every example in the rule docs is executable: ```js incorrect blocks must be reported by the rule
// they document, ```js correct blocks must not.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';
import { fixtureFile } from './rule-tester.js';

const docsDirectory = path.resolve(__dirname, '../docs/rules');

interface Example {
  language: 'js' | 'ts';
  kind: 'correct' | 'incorrect';
  code: string;
  line: number;
}

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const fence = /^```(js|ts) (correct|incorrect)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    found.push({
      language: match[1] as 'js' | 'ts',
      kind: match[2] as 'correct' | 'incorrect',
      code: match[3]!,
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return found;
}

describe.each(readdirSync(docsDirectory).map((file) => file.replace(/\.md$/, '')))('docs/rules/%s.md', (rule) => {
  const markdown = readFileSync(path.join(docsDirectory, `${rule}.md`), 'utf8');
  const blocks = examples(markdown);

  it('has incorrect and correct examples', () => {
    expect(blocks.some((block) => block.kind === 'incorrect')).toBe(true);
    expect(blocks.some((block) => block.kind === 'correct')).toBe(true);
  });

  it('has a heading for every option', () => {
    const schema = plugin.rules[rule as keyof typeof plugin.rules].meta.schema as unknown as { properties: Record<string, unknown> }[];
    const options = Object.keys(schema[0]?.properties ?? {});
    for (const option of options) expect(markdown).toContain(`### \`${option}\``);
    if (options.length === 0) expect(markdown).not.toContain('## Options');
  });

  it.each(blocks.map((block) => [`${block.kind} example at line ${block.line}`, block] as const))('%s', (_, block) => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      block.code,
      {
        files: ['**/*.js', '**/*.ts'],
        plugins: { 'http-status': plugin as never },
        languageOptions: block.language === 'ts' ? { parser: tsParser as never } : { sourceType: 'module' },
        rules: { [`http-status/${rule}`]: 'error' },
      },
      { filename: fixtureFile('no-deps', `example.${block.language}`) },
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    if (block.kind === 'incorrect') expect(messages.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });
});
