export { statusLeaves } from './values.js';
export type { StatusLeaf, ValueContext } from './values.js';
