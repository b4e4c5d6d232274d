import { ianaEntries } from './iana.data.js';
import type { IanaEntry, UnofficialEntry, VendorId } from './types.js';
import { unofficialEntries } from './unofficial.data.js';

export type { IanaEntry, RegistryState, UnofficialEntry, VendorId } from './types.js';

const byCode = new Map<number, IanaEntry>(ianaEntries.map((entry) => [entry.code, entry]));

const unofficialByCode = new Map<number, UnofficialEntry[]>();
for (const entry of unofficialEntries) {
  const list = unofficialByCode.get(entry.code) ?? [];
  list.push(entry);
  unofficialByCode.set(entry.code, list);
}

export const vendorIds: readonly VendorId[] = [...new Set(unofficialEntries.map((entry) => entry.vendor))];

/** The registry entry for a code, or undefined when IANA has none (unassigned). */
export function ianaStatus(code: number): IanaEntry | undefined {
  return byCode.get(code);
}

/** Every registered code (assigned, temporary, deprecated and unused). */
export function registeredCodes(): IterableIterator<number> {
  return byCode.keys();
}

/** Vendors that use a code outside the registry (or reuse a registered one). */
export function unofficialUses(code: number): readonly UnofficialEntry[] {
  return unofficialByCode.get(code) ?? [];
}

/** RFC 9110 section 15: a status code is a three-digit integer from 100 to 599. */
export function isInStatusRange(code: number): boolean {
  return Number.isInteger(code) && code >= 100 && code <= 599;
}

/** The class of a code: 1 for 1xx up to 5 for 5xx. */
export function statusClass(code: number): number {
  return Math.floor(code / 100);
}

/**
 * Codes whose responses carry no content (RFC 9110 sections 15.2, 15.3.5, 15.3.6, 15.4.5).
 * 205 is framed like any response but the server must not generate content.
 */
export function isNullBodyStatus(code: number): boolean {
  return statusClass(code) === 1 || code === 204 || code === 205 || code === 304;
}

/** The Fetch standard's redirect statuses: the only codes Response.redirect() accepts. */
export const fetchRedirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
