import type { TSESTree } from '@typescript-eslint/utils';

import type { Framework, RuntimeCheck, StatusEffect, StatusRole } from '../apis/index.js';
import type { Decoded } from './decode.js';
import type { StatusLeaf } from './leaves.js';
import { isPlausibleStatus, isRegisteredStatus } from './status-value.js';

export interface StatusSite {
  /** The expression that states the code: a literal or constant leaf, or the status expression itself. */
  readonly node: TSESTree.Node;
  readonly framework: Framework;
  readonly role: StatusRole;
  /** What the API does with codes it rejects; undefined where it does nothing special. */
  readonly runtime: RuntimeCheck | undefined;
  /** The call, `new`, assignment or comparison the status belongs to. */
  readonly owner: TSESTree.Node;
}

/** A leaf whose code the source states. */
export type KnownLeaf = StatusLeaf & { readonly code: number };

/** A status position the analysis kept, with its value when the source states it. */
export interface FoundSite {
  readonly site: StatusSite;
  readonly value: KnownLeaf | undefined;
}

/**
 * The status positions of a decoded node, one per leaf. A leaf reached through a variable is
 * kept once however many positions read the variable; a position found by shape alone only
 * when its value is a plausible status; one found by name alone only when its value is a
 * registered code, and apart (`byName`), so that an API's claim on the same value comes first.
 */
export function collectSites(
  decoded: Pick<Decoded, 'effects'> & { readonly owner: TSESTree.Node },
  leavesOf: (node: TSESTree.Node) => readonly StatusLeaf[],
  seen: Set<TSESTree.Node>,
  into: FoundSite[],
  byName: FoundSite[],
): void {
  for (const effect of decoded.effects) {
    if (effect.kind !== 'status' || !effect.node || effect.node.type === 'SpreadElement') continue;
    for (const leaf of leavesOf(effect.node)) {
      if (effect.byName) {
        if (leaf.code !== undefined && isRegisteredStatus(leaf.code))
          byName.push({ site: siteOf(effect, leaf, decoded.owner), value: leaf as KnownLeaf });
        continue;
      }
      if (effect.byShape && (leaf.code === undefined || !isPlausibleStatus(leaf.code))) continue;
      // A leaf outside its owner (a status in a `const init` object) is one position however many calls read it.
      if (leaf.viaVariable || leaf.node.range[0] < decoded.owner.range[0] || leaf.node.range[1] > decoded.owner.range[1]) {
        if (seen.has(leaf.node)) continue;
        seen.add(leaf.node);
      }
      into.push({ site: siteOf(effect, leaf, decoded.owner), value: leaf.code === undefined ? undefined : (leaf as KnownLeaf) });
    }
  }
}

function siteOf(effect: StatusEffect, leaf: StatusLeaf, owner: TSESTree.Node): StatusSite {
  return { node: leaf.node, framework: effect.framework, role: effect.role, runtime: effect.runtime, owner };
}

/** The sites found by name alone whose value no other site claims, once per value. */
export function unclaimed(sites: readonly FoundSite[], byName: readonly FoundSite[]): FoundSite[] {
  const claimed = new Set(sites.map(({ site }) => site.node));
  return byName.filter(({ site }) => !claimed.has(site.node) && claimed.add(site.node));
}
