import { ianaStatus, registeredCodes } from '../registry/index.js';
import { providerMembers } from './members.data.js';
import type { BuiltinProviderName, CustomProviderOptions, NamingStyle, Provider } from './types.js';

export type { BuiltinProviderName, CustomProviderOptions, NamingStyle, Provider, ProviderOption } from './types.js';

interface ProviderShape {
  modules: readonly string[];
  dependency?: string;
  exportName: string;
  exportAliases?: readonly string[];
  localName: string;
}

const shapes: Record<BuiltinProviderName, ProviderShape> = {
  'http-status-codes': {
    modules: ['http-status-codes'],
    dependency: 'http-status-codes',
    exportName: 'StatusCodes',
    localName: 'StatusCodes',
  },
  // http-status 2.x: `import httpStatus from 'http-status'`, also `import { status }`; CJS has no module.exports object of codes.
  'http-status': {
    modules: ['http-status'],
    dependency: 'http-status',
    exportName: 'default',
    exportAliases: ['status'],
    localName: 'httpStatus',
  },
  '@nestjs/common': { modules: ['@nestjs/common'], dependency: '@nestjs/common', exportName: 'HttpStatus', localName: 'HttpStatus' },
  'node:http2': { modules: ['node:http2', 'http2'], exportName: 'constants', localName: 'constants' },
  '@angular/common': {
    modules: ['@angular/common/http'],
    dependency: '@angular/common',
    exportName: 'HttpStatusCode',
    localName: 'HttpStatusCode',
  },
};

/** The order in which auto-detection prefers packages found in package.json. */
export const autoDetectOrder: readonly BuiltinProviderName[] = ['@nestjs/common', 'http-status-codes', 'http-status', '@angular/common'];

export const builtinProviderNames = Object.keys(shapes) as BuiltinProviderName[];

function makeProvider(name: string, shape: ProviderShape, members: Iterable<[number, string]>): Provider {
  const memberOf = new Map(members);
  return {
    name,
    modules: shape.modules,
    dependency: shape.dependency,
    exportName: shape.exportName,
    exportAliases: shape.exportAliases ?? [],
    localName: shape.localName,
    memberOf,
    codeOf: new Map([...memberOf].map(([code, member]) => [member, code])),
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

/** Splits a reason phrase into words: "Non-Authoritative Information" -> Non, Authoritative, Information. */
function words(phrase: string): string[] {
  return phrase.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

export function nameInStyle(phrase: string, style: NamingStyle): string {
  const parts = words(phrase);
  const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  switch (style) {
    case 'UPPER_SNAKE':
      return parts.map((word) => word.toUpperCase()).join('_');
    case 'PascalCase':
      return parts.map(capitalised).join('');
    case 'camelCase':
      return parts.map((word, index) => (index === 0 ? word.toLowerCase() : capitalised(word))).join('');
  }
}

const customCache = new WeakMap<CustomProviderOptions, Provider>();

/** Builds a provider from the `provider` option's object form. */
export function customProvider(options: CustomProviderOptions): Provider {
  const cached = customCache.get(options);
  if (cached) return cached;
  const members = new Map<number, string>();
  if (options.naming) {
    for (const code of registeredCodes()) {
      const entry = ianaStatus(code)!;
      // "(Unused)" codes have no name of their own to derive.
      if (entry.state !== 'unused') members.set(code, (options.prefix ?? '') + nameInStyle(entry.phrase, options.naming));
    }
  }
  for (const [code, member] of Object.entries(options.members ?? {})) members.set(Number(code), member);
  const exportName = options.export;
  const provider = makeProvider(
    `custom module ${options.module}`,
    {
      modules: [options.module],
      exportName,
      localName: options.localName ?? (exportName === 'default' ? 'HttpStatus' : exportName),
    },
    members,
  );
  customCache.set(options, provider);
  return provider;
}
