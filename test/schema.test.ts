import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

function configure(rule: string, options: unknown): () => void {
  return () => {
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      'res.status(404);',
      {
        files: ['**/*.js'],
        plugins: { 'http-status': plugin as never },
        rules: { [`http-status/${rule}`]: ['error', options] as never },
      },
      { filename: 'file.js' },
    );
  };
}

describe('option schemas', () => {
  it('accept every rule default and the documented forms', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const takesOptions = (rule.meta.schema as unknown[]).length > 0;
      if (takesOptions) {
        expect(rule.meta.defaultOptions).toHaveLength(1);
        expect(configure(name, rule.meta.defaultOptions![0])).not.toThrow();
        expect(configure(name, {})).not.toThrow();
      } else {
        // A rule without options rejects any.
        expect(configure(name, {})).toThrow('should NOT have more than 0 items');
      }
    }
    expect(configure('no-magic-status', { provider: '@nestjs/common', ignore: [200], checkRanges: true })).not.toThrow();
    expect(configure('no-magic-status', { provider: { module: '@acme/http', export: 'Status', localName: 'S' } })).not.toThrow();
    expect(configure('no-magic-status', { provider: { module: './src/lib/http-status', export: 'default' } })).not.toThrow();
    expect(configure('no-magic-status', { provider: { module: 'stoker/http-status-codes', namespace: 'HttpStatusCodes' } })).not.toThrow();
    expect(
      configure('no-unknown-status', { allowVendors: ['nginx', 'cloudflare', 'aws-elb'], allow: [599], allowDeprecated: true }),
    ).not.toThrow();
  });

  it.each([
    ['no-magic-status', { provider: 'express-codes' }, 'Value "express-codes" should be equal to one of the allowed values.'],
    [
      'no-magic-status',
      { provider: { module: '@acme/http' } },
      'Value {"module":"@acme/http"} should have required property \'export\'.\n' +
        '\tValue {"module":"@acme/http"} should have required property \'namespace\'.',
    ],
    [
      'no-magic-status',
      { provider: { module: '@acme/http', export: '*' } },
      'Value "*" should match pattern "^(?:default|[A-Za-z_$][\\w$]*)$".',
    ],
    [
      'no-magic-status',
      { provider: { module: '@acme/http', export: 'S', namespace: 'N' } },
      'Unexpected property "namespace". Expected properties: "module", "export", "localName".',
    ],
    [
      'no-magic-status',
      { provider: { module: '@acme/http', namespace: 'N', localName: 'L' } },
      'Unexpected property "localName". Expected properties: "module", "namespace".',
    ],
    [
      'no-magic-status',
      { provider: { module: '@acme/http', export: 'S', naming: 'PascalCase' } },
      'Unexpected property "naming". Expected properties: "module", "export", "localName".',
    ],
    [
      'no-magic-status',
      { provider: { module: '@acme/http', export: 'S', members: { '404': 'X' } } },
      'Unexpected property "members". Expected properties: "module", "export", "localName".',
    ],
    ['no-magic-status', { provider: { module: '', export: 'S' } }, 'Value "" should NOT be shorter than 1 characters.'],
    ['no-magic-status', { ignore: ['404'] }, 'Value "404" should be integer.'],
    ['no-magic-status', { ignore: [404, 404] }, 'Value [404,404] should NOT have duplicate items (items ## 1 and 0 are identical).'],
    ['no-magic-status', { checkRanges: 'yes' }, 'Value "yes" should be boolean.'],
    [
      'no-magic-status',
      { checkTest: false },
      'Unexpected property "checkTest". Expected properties: "provider", "ignore", "checkComparisons", "checkTests", "checkRanges".',
    ],
    ['no-unknown-status', { allowVendors: ['akamai'] }, 'Value "akamai" should be equal to one of the allowed values.'],
    ['no-unknown-status', { allow: [1000] }, 'Value 1000 should be <= 999.'],
    ['no-302-after-post', { methods: ['GET'] }, 'Value "GET" should be equal to one of the allowed values.'],
    ['require-status-headers', { headers: { '429': 'Retry-After' } }, 'Value "Retry-After" should be array.'],
    ['require-status-headers', { headers: { '429': ['Retry After'] } }, 'Value "Retry After" should match pattern'],
    ['require-status-headers', { ignoreExceptions: 1 }, 'Value 1 should be boolean.'],
  ])('reject %s %j', (rule, options, message) => {
    expect(configure(rule, options)).toThrow(`Key "http-status/${rule}":`);
    expect(configure(rule, structuredClone(options))).toThrow(message);
  });

  it('name the rule and the offending value in the error', () => {
    expect(configure('no-unknown-status', { allowDeprecated: 'no' })).toThrow(
      /Key "rules": Key "http-status\/no-unknown-status":[\s\S]*Value "no" should be boolean/,
    );
  });
});
