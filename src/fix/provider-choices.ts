import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { FileFacts } from '../analysis/file-facts.js';
import { autoDetectOrder, builtinProvider } from '../providers/index.js';
import type { Provider } from '../providers/index.js';
import { planConstantFix } from './constant-fix.js';

/** A constants package the editor can offer when the project has none in its dependencies. */
export interface ProviderChoice {
  /** The import specifier, e.g. "http-status-codes" or "node:http2". */
  readonly module: string;
  readonly constant: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/** Where the status stands: the site's framework and role, as the analysis names them. */
export interface StatusPlace {
  readonly framework: string;
  readonly role: string;
}

const nodeBuiltins = new Set(builtinModules);
/** Modules that only run on Node (or on runtimes that implement its built-ins). */
const nodeServerModules = new Set(['express', 'fastify', 'koa', '@hapi/hapi', 'supertest', 'http-errors']);
/** Frameworks whose handlers run on Node. */
const nodeFrameworks = new Set(['node', 'express', 'fastify', 'koa', 'nestjs', 'hapi']);
/**
 * Frameworks whose status parameters are typed `number`. `node:http2` types its constants as
 * `number`, which Hono's, Elysia's, Fastify's typed replies and SvelteKit's literal types reject.
 */
const numberTypedFrameworks = new Set(['node', 'express', 'koa', 'nestjs', 'hapi', 'fetch', 'next', 'h3', 'http-errors']);
/** Roles that hand the status to an API rather than compare it, assert it or keep it. */
const handedOverRoles = new Set(['send', 'throw', 'redirect', 'declare']);
/** Parents through which a status keeps flowing into the same place. */
const transparentParents = new Set(['ObjectExpression', 'Property', 'ArrayExpression', 'ConditionalExpression', 'LogicalExpression']);

/**
 * The constants the editor may offer for a status when no provider is configured or found: each
 * installed package (resolvable from the file), then `node:http2` where the file runs on Node and
 * its untyped constants cannot change a TypeScript type. Each comes with its safe edit, import
 * included; packages that no edit can reach safely are left out.
 */
export function providerChoices(
  sourceCode: Readonly<TSESLint.SourceCode>,
  facts: FileFacts,
  filename: string,
  place: StatusPlace,
  code: number,
  literal: TSESTree.Node,
): ProviderChoice[] {
  const candidates = [...installedProviders(facts, filename)];
  if (runsOnNode(facts, place) && (!isTypeScript(filename) || keepsNumberType(place, literal))) {
    candidates.push(builtinProvider('node:http2'));
  }
  const choices: ProviderChoice[] = [];
  for (const provider of candidates) {
    const plan = planConstantFix(sourceCode, facts, provider, code, literal, { filename, role: place.role, framework: place.framework });
    // Every choice is a suggestion: one the file's module system leaves in doubt is still the user's to pick.
    if (plan.kind === 'fix' || plan.kind === 'suggestion')
      choices.push({ module: provider.modules[0]!, constant: plan.constant, fix: plan.fix });
  }
  return choices;
}

/** The installed packages a file can use, once per file (its facts stand for it): every site asks the same. */
const installedByFile = new WeakMap<FileFacts, readonly Provider[]>();

function installedProviders(facts: FileFacts, filename: string): readonly Provider[] {
  let providers = installedByFile.get(facts);
  if (!providers) {
    const directory = fileDirectory(filename);
    providers = directory
      ? autoDetectOrder.map((name) => builtinProvider(name)).filter((provider) => isUsable(provider, directory, facts, filename))
      : [];
    installedByFile.set(facts, providers);
  }
  return providers;
}

function fileDirectory(filename: string): string | undefined {
  if (!filename || filename.startsWith('<')) return undefined;
  return dirname(isAbsolute(filename) ? filename : resolve(filename));
}

function isUsable(provider: Provider, directory: string, facts: FileFacts, filename: string): boolean {
  const version = installedVersion(provider.dependency!, directory);
  if (version === undefined) return false;
  // The provider describes http-status 2.x; 1.x exports another shape.
  if (provider.name === 'http-status' && !version.startsWith('2.')) return false;
  // Angular ships ES modules only, which Node's `require` cannot load before Node 22.
  if (provider.name === '@angular/common' && (facts.moduleKind === 'cjs' || /\.c[jt]s$/.test(filename))) return false;
  return true;
}

function runsOnNode(facts: FileFacts, place: StatusPlace): boolean {
  if (nodeFrameworks.has(place.framework)) return true;
  for (const module of facts.modules) {
    if (module.startsWith('node:') || nodeBuiltins.has(module) || nodeServerModules.has(module)) return true;
  }
  return false;
}

function isTypeScript(filename: string): boolean {
  return /\.[cm]?tsx?$/.test(filename);
}

/** True where a `number` in place of the literal cannot change a type: an argument of an API typed `number`. */
function keepsNumberType(place: StatusPlace, literal: TSESTree.Node): boolean {
  if (!handedOverRoles.has(place.role) || !numberTypedFrameworks.has(place.framework)) return false;
  let node = literal;
  while (node.parent && transparentParents.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'CallExpression' || parent?.type === 'NewExpression')
    return (parent.arguments as readonly TSESTree.Node[]).includes(node);
  // `res.statusCode = 404`, `ctx.status = 404`
  return parent?.type === 'AssignmentExpression' && parent.right === node && parent.left.type === 'MemberExpression';
}

interface InstalledEntry {
  readonly version: string | undefined;
  readonly checkedAt: number;
}

/** How long an answer stays trusted: a CLI run asks once, an editor sees `npm i` within a second. */
const recheckAfterMs = 1000;
const installed = new Map<string, InstalledEntry>();

/** The version of `name` that Node would load from `directory`, or undefined when it is not installed. */
function installedVersion(name: string, directory: string, now = Date.now()): string | undefined {
  const key = `${directory}\0${name}`;
  const cached = installed.get(key);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.version;
  // Each folder is looked at once per name, whichever file below it asks first.
  const manifest = join(directory, 'node_modules', name, 'package.json');
  const parent = dirname(directory);
  const version = existsSync(manifest) ? readVersion(manifest) : parent === directory ? undefined : installedVersion(name, parent, now);
  installed.set(key, { version, checkedAt: now });
  return version;
}

function readVersion(manifest: string): string {
  try {
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : '';
  } catch {
    return '';
  }
}
