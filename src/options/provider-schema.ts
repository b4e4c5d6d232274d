import type { JSONSchema } from '@typescript-eslint/utils';

type JSONSchema4 = JSONSchema.JSONSchema4;

import { builtinProviderNames } from '../providers/index.js';

/** The schema of the `provider` option, shared by every rule that writes constants. */
export const providerOptionSchema: JSONSchema4 = {
  description:
    'Where named constants come from: "auto" (the package the file imports, else the one in package.json dependencies), "none", a package name, or a custom module.',
  oneOf: [
    { type: 'string', enum: ['auto', 'none', ...builtinProviderNames] },
    {
      type: 'object',
      description: 'A constants module of your own.',
      properties: {
        module: { type: 'string', minLength: 1, description: 'The import specifier, e.g. "@acme/http".' },
        export: { type: 'string', minLength: 1, description: 'The export that holds the constants, or "default".' },
        localName: {
          type: 'string',
          pattern: '^[A-Za-z_$][\\w$]*$',
          description: 'The name to import it under when the fix adds the import.',
        },
        members: {
          type: 'object',
          description: 'Member names by status code, e.g. { "404": "NotFound" }.',
          patternProperties: { '^[1-5][0-9]{2}$': { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$' } },
          additionalProperties: false,
        },
        naming: {
          type: 'string',
          enum: ['UPPER_SNAKE', 'PascalCase', 'camelCase'],
          description: 'Derive member names from the IANA reason phrases in this style.',
        },
        prefix: { type: 'string', pattern: '^[\\w$]*$', description: 'Text put before every derived name.' },
      },
      required: ['module', 'export'],
      additionalProperties: false,
    },
  ],
};

export const statusListSchema = (description: string): JSONSchema4 => ({
  type: 'array',
  description,
  items: { type: 'integer', minimum: 0, maximum: 999 },
  uniqueItems: true,
});
