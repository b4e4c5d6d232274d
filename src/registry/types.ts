export type RegistryState = 'assigned' | 'temporary' | 'deprecated' | 'unused';

export interface IanaEntry {
  readonly code: number;
  /** IANA's reason phrase, without its parenthesised notes. */
  readonly phrase: string;
  /** Where HTTP defines the code, e.g. "RFC 9110 section 15.5.5". */
  readonly citation: string;
  readonly state: RegistryState;
}

export type VendorId =
  | 'nginx'
  | 'cloudflare'
  | 'iis'
  | 'microsoft'
  | 'aws-elb'
  | 'spring'
  | 'twitter'
  | 'apache'
  | 'laravel'
  | 'esri'
  | 'google'
  | 'shopify'
  | 'qualys'
  | 'pantheon'
  | 'webdav-draft'
  | 'htcpcp'
  | 'ietf-draft'
  | 'informal';

export interface UnofficialEntry {
  readonly code: number;
  readonly name: string;
  readonly vendor: VendorId;
  readonly vendorName: string;
}
