import type { JSONSchema } from '@typescript-eslint/utils';

/** require-status-headers' options; kept here so that the rule file names no library. */
export const requireStatusHeadersSchema: JSONSchema.JSONSchema4[] = [
  {
    type: 'object',
    properties: {
      headers: {
        type: 'object',
        description: 'Required headers by status code; a code listed here replaces its default list, e.g. { "429": ["Retry-After"] }.',
        patternProperties: {
          '^[1-5][0-9]{2}$': { type: 'array', items: { type: 'string', pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, uniqueItems: true },
        },
        additionalProperties: false,
      },
      ignoreExceptions: {
        type: 'boolean',
        description:
          'Skip exception-style APIs (`ctx.throw(401)`, `createError(401)`, `new HttpException(x, 401)`), where an error handler may add the header.',
      },
      headerSetters: {
        type: 'array',
        description:
          "The project's functions that set headers on a response they are given, even where the name says they only read (`checkAuth(res)`).",
        items: { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$' },
        uniqueItems: true,
      },
    },
    additionalProperties: false,
  },
];
