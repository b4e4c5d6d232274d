export type BuiltinProviderName = 'http-status-codes' | 'http-status' | '@nestjs/common' | 'node:http2' | '@angular/common' | 'stoker';

/**
 * A constants module of the project's own, described in the rule options. Its members and values
 * are read from the module itself.
 */
export interface CustomProviderOptions {
  /** The import specifier: a package ("@acme/http"), a path from the project root ("./src/lib/status"), or a tsconfig alias. */
  module: string;
  /** The export holding an object or enum of constants: a named export, or "default". */
  export?: string;
  /** Import the module's named constant exports as a namespace under this name: `import * as HttpStatusCodes`. */
  namespace?: string;
  /** The local name to bind when the fix adds the import. Defaults to the export name (or "HttpStatus" for a default export). */
  localName?: string;
}

export type ProviderOption = 'auto' | 'none' | BuiltinProviderName | CustomProviderOptions;

/** Everything the rules need to know about one constants package. */
export interface Provider {
  readonly name: string;
  /** Import specifiers that load it. */
  readonly modules: readonly string[];
  /** The package.json dependency that signals it; none for Node built-ins and custom modules. */
  readonly dependency: string | undefined;
  /** The export holding the constants ("default" for a default export, "*" for the module's named exports). */
  readonly exportName: string;
  /** Other named exports bound to the same object (http-status exports it as `status` too). */
  readonly exportAliases: readonly string[];
  /** The local name used when the fix adds an import. */
  readonly localName: string;
  readonly memberOf: ReadonlyMap<number, string>;
  readonly codeOf: ReadonlyMap<string, number>;
  /**
   * Whether TypeScript types each constant as its literal (`StatusCodes.NOT_FOUND` is `404`, not
   * `number`). Without, a constant can break narrowing and literal-typed parameters.
   */
  readonly literalTypes: boolean;
  /** The default export is CommonJS's `module.exports`: `require(module)` returns the constants object itself. */
  readonly defaultIsModule?: boolean;
  /** Why the module's constants could not be read; such a provider has no members. */
  readonly problem?: string;
}
