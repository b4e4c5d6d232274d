// The catalogue index derives the recogniser's tables and the names the analysis decodes by from the families:
// every name a family declares must reach them, so adding an API needs no second list.
import { describe, expect, it } from 'vitest';

import { families, moduleApis, ownerNames } from '../../src/apis/index.js';

describe('catalogue index', () => {
  it('gives every family its own framework, but for the generic ones (test tools, plain code)', () => {
    const frameworks = families.map((family) => family.framework).filter((framework) => framework !== 'test' && framework !== 'code');
    expect(new Set(frameworks).size).toBe(frameworks.length);
  });

  it('knows by name every method, static, constructor, function and assigned property a family declares', () => {
    const missing: string[] = [];
    const expectIn = (set: ReadonlySet<string>, name: string, what: string) => {
      if (!set.has(name)) missing.push(`${what} ${name}`);
    };
    for (const family of families) {
      for (const handle of Object.values(family.handles ?? {})) {
        for (const method of Object.keys(handle?.methods ?? {})) expectIn(ownerNames.methods, method, 'method');
        for (const property of Object.keys(handle?.assignments ?? {})) expectIn(ownerNames.assignedProperties, property, 'property');
      }
      for (const methods of Object.values(family.statics ?? {}))
        for (const method of Object.keys(methods)) expectIn(ownerNames.methods, method, 'static');
      // Constructors need no name: every `new Name(...)` is visited (error classes are known by shape).
      for (const name of Object.keys(family.globals ?? {})) expectIn(ownerNames.functions, name, 'function');
      for (const imports of family.imports ?? [])
        for (const methods of Object.values(imports.statics ?? {}))
          for (const method of Object.keys(methods)) expectIn(ownerNames.methods, method, 'imported static');
      for (const method of family.shapes?.methods ?? []) expectIn(ownerNames.methods, method, 'shape');
      for (const key of family.shapes?.propertyKeys ?? []) expectIn(ownerNames.propertyKeys, key, 'key');
    }
    expect(missing).toEqual([]);
  });

  it('finds the APIs of every module a family names, and none for others', () => {
    for (const family of families) {
      for (const imports of family.imports ?? []) {
        if (Array.isArray(imports.modules))
          for (const module of imports.modules) expect(moduleApis(module).length, module).toBeGreaterThan(0);
      }
    }
    expect(moduleApis('@remix-run/node')).toHaveLength(1);
    expect(moduleApis('react-router')).toHaveLength(1);
    expect(moduleApis('express')).toHaveLength(0);
    expect(moduleApis('lodash')).toHaveLength(0);
  });
});
