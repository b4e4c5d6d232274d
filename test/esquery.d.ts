declare module 'esquery' {
  /** The part of esquery (ESLint's selector engine) the owner test uses. */
  interface Selector {
    readonly type: string;
  }
  const esquery: {
    parse(selector: string): Selector;
    matches(node: unknown, selector: Selector, ancestry: readonly unknown[], options?: { visitorKeys?: unknown }): boolean;
  };
  export default esquery;
}
