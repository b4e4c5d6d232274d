import { providerMembers } from './members.data.js';
import type { BuiltinProviderName, Provider } from './types.js';

export type { BuiltinProviderName, CustomProviderOptions, Provider, ProviderOption } from './types.js';

export interface ProviderShape {
  modules: readonly string[];
  dependency?: string;
  exportName: string;
  exportAliases?: readonly string[];
  localName: string;
  /** Enum members and `as const` objects keep literal types; `@types/node` types http2's constants as `number`. */
  literalTypes: boolean;
  defaultIsModule?: boolean;
}

const shapes: Record<BuiltinProviderName, ProviderShape> = {
  'http-status-codes': {
    modules: ['http-status-codes'],
    dependency: 'http-status-codes',
    exportName: 'StatusCodes',
    localName: 'StatusCodes',
    literalTypes: true,
  },
  // http-status 2.x: `import httpStatus from 'http-status'`, also `import { status }`; CJS has no module.exports object of codes.
  'http-status': {
    modules: ['http-status'],
    dependency: 'http-status',
    exportName: 'default',
    exportAliases: ['status'],
    localName: 'httpStatus',
    literalTypes: true,
  },
  '@nestjs/common': {
    modules: ['@nestjs/common'],
    dependency: '@nestjs/common',
    exportName: 'HttpStatus',
    localName: 'HttpStatus',
    literalTypes: true,
  },
  'node:http2': { modules: ['node:http2', 'http2'], exportName: 'constants', localName: 'constants', literalTypes: false },
  '@angular/common': {
    modules: ['@angular/common/http'],
    dependency: '@angular/common',
    exportName: 'HttpStatusCode',
    localName: 'HttpStatusCode',
    literalTypes: true,
  },
  // stoker (Hono): each constant a named export, `import * as HttpStatusCodes from 'stoker/http-status-codes'`. Its twin
  // `stoker/http-status-phrases` exports the same names as strings (reason phrases): not statuses, so not a module here.
  stoker: {
    modules: ['stoker/http-status-codes'],
    dependency: 'stoker',
    exportName: '*',
    localName: 'HttpStatusCodes',
    literalTypes: true,
  },
};

/** The order in which auto-detection prefers packages found in package.json. */
export const autoDetectOrder: readonly BuiltinProviderName[] = [
  '@nestjs/common',
  'http-status-codes',
  'http-status',
  '@angular/common',
  'stoker',
];

export const builtinProviderNames = Object.keys(shapes) as BuiltinProviderName[];

export function makeProvider(name: string, shape: ProviderShape, members: Iterable<[number, string]>, problem?: string): Provider {
  const memberOf = new Map<number, string>();
  // The first name a module gives a code is the one written; every name reads back as the code.
  const codeOf = new Map<string, number>();
  for (const [code, member] of members) {
    if (!memberOf.has(code)) memberOf.set(code, member);
    codeOf.set(member, code);
  }
  return {
    name,
    modules: shape.modules,
    dependency: shape.dependency,
    exportName: shape.exportName,
    exportAliases: shape.exportAliases ?? [],
    localName: shape.localName,
    memberOf,
    codeOf,
    literalTypes: shape.literalTypes,
    ...(shape.defaultIsModule ? { defaultIsModule: true } : {}),
    ...(problem === undefined ? {} : { problem }),
  };
}

const builtins = new Map<BuiltinProviderName, Provider>(
  builtinProviderNames.map((name) => [
    name,
    makeProvider(
      name,
      shapes[name],
      Object.entries(providerMembers[name]).map(([code, member]) => [Number(code), member]),
    ),
  ]),
);

export function builtinProvider(name: BuiltinProviderName): Provider {
  return builtins.get(name)!;
}

export function allBuiltinProviders(): Iterable<Provider> {
  return builtins.values();
}
