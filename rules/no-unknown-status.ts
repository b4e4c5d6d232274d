import { withFileAnalysis } from '../src/analysis/index.js';
import type { FoundSite } from '../src/analysis/index.js';
import { statusListSchema } from '../src/options/provider-schema.js';
import { deprecationReason } from '../src/registry/citations.js';
import { ianaStatus, isInStatusRange, statusClass, unofficialUses, vendorIds } from '../src/registry/index.js';
import type { UnofficialEntry } from '../src/registry/index.js';
import type { NoUnknownStatusOptions } from '../src/rule-options.js';
import { createRule, perOptions } from '../src/util/create-rule.js';

type MessageIds = 'notAStatus' | 'rejectedAtRuntime' | 'unregisteredStatus' | 'deprecatedStatus' | 'unusedStatus';

/** A consequence as a sentence: "the Fetch Response constructor throws" -> "The ..."; names (http-errors, h3) keep their case. */
const capitalised = (text: string) => text.replace(/^the /u, 'The ');

/** "; nginx: Client Closed Request", or the vendors' ids (as `allowVendors` takes them) when names and meanings pass 50 characters. */
function vendorNote(uses: readonly UnofficialEntry[]): string {
  if (uses.length === 0) return '';
  const named = uses.map((use) => `${use.vendorName}: ${use.name}`).join('; ');
  return named.length <= 50 ? `; ${named}` : `; used by ${uses.map((use) => use.vendor).join(', ')}`;
}

const derive = perOptions((options: NoUnknownStatusOptions) => ({
  allowed: new Set(options.allow),
  allowedVendors: new Set<string>(options.allowVendors),
}));

export default createRule<[NoUnknownStatusOptions], MessageIds>({
  name: 'no-unknown-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow status codes that HTTP does not define, that are deprecated, or that the API rejects',
      recommended: 'recommended',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: statusListSchema('Codes to accept although they are not registered (or are deprecated or unused).'),
          allowVendors: {
            type: 'array',
            description: 'Accept the unofficial codes of these vendors, e.g. ["nginx", "cloudflare"].',
            items: { type: 'string', enum: [...vendorIds] },
            uniqueItems: true,
          },
          allowDeprecated: { type: 'boolean', description: 'Accept deprecated codes (305, 510).' },
          checkReads: {
            type: 'boolean',
            description:
              'Also check codes that code only reads: comparisons and test assertions. Clients may have to handle codes their servers never send.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], allowVendors: [], allowDeprecated: false, checkReads: false }],
    messages: {
      notAStatus: '{{subject}} is not an HTTP status code: use a registered one. RFC 9110 section 15 allows 100 to 599{{consequence}}.',
      rejectedAtRuntime: '{{subject}} is rejected by this API: use a code it accepts. {{consequence}}.',
      unregisteredStatus:
        '{{subject}} is not a registered status: use a registered one, or allow it. Clients treat it as {{fallback}} (RFC 9110 section 15){{vendors}}.',
      deprecatedStatus: '{{subject}} is deprecated: use another code. {{phrase}} ({{citation}}) is deprecated because {{reason}}.',
      unusedStatus: '{{subject}} is reserved and unused: use a status code that HTTP defines. See {{citation}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const { allowed, allowedVendors } = derive(options);
    const readsChecked = options.checkReads === true;

    /** What is wrong with a code where it stands, or nothing. */
    function problem({ runtime }: FoundSite['site'], code: number, subject: string) {
      const rejected = runtime && !runtime.accepts(code) ? runtime.consequence : undefined;
      if (!isInStatusRange(code))
        return { messageId: 'notAStatus', data: { subject, consequence: rejected ? `, and ${rejected}` : '' } } as const;
      if (rejected) return { messageId: 'rejectedAtRuntime', data: { subject, consequence: capitalised(rejected) } } as const;
      const entry = ianaStatus(code);
      if (!entry) {
        const uses = unofficialUses(code);
        if (uses.some((use) => allowedVendors.has(use.vendor))) return undefined;
        const vendors = vendorNote(uses);
        return { messageId: 'unregisteredStatus', data: { subject, vendors, fallback: String(statusClass(code) * 100) } } as const;
      }
      const { phrase, citation, state } = entry;
      if (state === 'deprecated' && !options.allowDeprecated)
        return { messageId: 'deprecatedStatus', data: { subject, phrase, citation, reason: deprecationReason(code) } } as const;
      return state === 'unused' ? ({ messageId: 'unusedStatus', data: { subject, citation } } as const) : undefined;
    }

    return withFileAnalysis(context, ({ sites }) => {
      for (const { site, value } of sites) {
        const isRead = site.role === 'compare' || site.role === 'assert';
        if (!value || site.role === 'range' || (isRead && !readsChecked) || allowed.has(value.code)) continue;
        const found = problem(site, value.code, value.constantText ? `${value.constantText} (${value.code})` : String(value.code));
        if (found) context.report({ node: site.node, ...found });
      }
    });
  },
});
