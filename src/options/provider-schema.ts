import type { JSONSchema } from '@typescript-eslint/utils';

type JSONSchema4 = JSONSchema.JSONSchema4;

import { builtinProviderNames } from '../providers/index.js';

const identifier = { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$' } as const;

const moduleSpecifier: JSONSchema4 = {
  type: 'string',
  minLength: 1,
  description: 'The import specifier: a package ("@acme/http"), a path from the project root ("./src/lib/status"), or a tsconfig alias.',
};

/** The schema of the `provider` option, shared by every rule that writes constants. */
export const providerOptionSchema: JSONSchema4 = {
  description:
    'Where named constants come from: "auto" (the package the file imports, else the one in package.json dependencies), "none", a package name, or a custom module.',
  oneOf: [
    { type: 'string', enum: ['auto', 'none', ...builtinProviderNames] },
    {
      type: 'object',
      description: 'A module of your own whose export holds an object or enum of constants.',
      properties: {
        module: moduleSpecifier,
        export: {
          type: 'string',
          pattern: '^(?:default|[A-Za-z_$][\\w$]*)$',
          description: 'The export that holds an object or enum of constants: a name, or "default".',
        },
        localName: { ...identifier, description: 'The name to import it under when the fix adds the import.' },
      },
      required: ['module', 'export'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'A module of your own that exports each constant by name.',
      properties: {
        module: moduleSpecifier,
        namespace: { ...identifier, description: 'Import its named constants as a namespace under this name: `import * as Name`.' },
      },
      required: ['module', 'namespace'],
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
