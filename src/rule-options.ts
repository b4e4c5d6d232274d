// Each rule's options, kept apart from the rules so that the package's public types need nothing
// but these plain interfaces.
import type { ProviderOption } from './providers/types.js';
import type { VendorId } from './registry/types.js';

export interface No302AfterPostOptions {
  methods?: string[];
}

export interface NoMagicStatusOptions {
  provider?: ProviderOption;
  ignore?: number[];
  checkComparisons?: boolean;
  checkTests?: boolean;
  checkRanges?: boolean;
}

export interface NoUnknownStatusOptions {
  allow?: number[];
  allowVendors?: VendorId[];
  allowDeprecated?: boolean;
  checkReads?: boolean;
}

export interface RequireStatusHeadersOptions {
  headers?: Record<string, string[]>;
  ignoreExceptions?: boolean;
  headerSetters?: string[];
}
