import no302AfterPost from '../rules/no-302-after-post.js';
import noMagicStatus from '../rules/no-magic-status.js';
import noBodyOnBodilessStatus from '../rules/no-body-on-bodiless-status.js';
import noUnknownStatus from '../rules/no-unknown-status.js';
import requireStatusHeaders from '../rules/require-status-headers.js';

/** Every rule of the plugin, by name. */
export const rules = {
  'no-302-after-post': no302AfterPost,
  'no-body-on-bodiless-status': noBodyOnBodilessStatus,
  'no-magic-status': noMagicStatus,
  'no-unknown-status': noUnknownStatus,
  'require-status-headers': requireStatusHeaders,
};

export type RuleName = keyof typeof rules;
