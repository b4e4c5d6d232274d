export type BuiltinProviderName = 'http-status-codes' | 'http-status' | '@nestjs/common' | 'node:http2' | '@angular/common';

export type NamingStyle = 'UPPER_SNAKE' | 'PascalCase' | 'camelCase';

/** A constants module of the project's own, described in the rule options. */
export interface CustomProviderOptions {
  /** The import specifier, e.g. "@acme/http" or "~/lib/status". */
  module: string;
  /** The export holding the constants: a named export, or "default". */
  export: string;
  /** The local name to bind when the fix adds the import. Defaults to the export name (or "HttpStatus" for a default export). */
  localName?: string;
  /** Explicit member names by status code; they win over `naming`. */
  members?: Record<string, string>;
  /** Derive member names from the IANA reason phrases in this style. */
  naming?: NamingStyle;
  /** Text put before every derived name, e.g. "HTTP_STATUS_". */
  prefix?: string;
}

export type ProviderOption = 'auto' | 'none' | BuiltinProviderName | CustomProviderOptions;

/** Everything the rules need to know about one constants package. */
export interface Provider {
  readonly name: string;
  /** Import specifiers that load it. */
  readonly modules: readonly string[];
  /** The package.json dependency that signals it; none for Node built-ins and custom modules. */
  readonly dependency: string | undefined;
  /** The export holding the constants ("default" for a default export). */
  readonly exportName: string;
  /** Other named exports bound to the same object (http-status exports it as `status` too). */
  readonly exportAliases: readonly string[];
  /** The local name used when the fix adds an import. */
  readonly localName: string;
  readonly memberOf: ReadonlyMap<number, string>;
  readonly codeOf: ReadonlyMap<string, number>;
}
