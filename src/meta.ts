// Written by scripts/write-meta.mjs from package.json.
export const packageName = 'eslint-plugin-http-status';
export const packageVersion = '0.1.0';
