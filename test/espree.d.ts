declare module 'espree' {
  import type { Linter } from 'eslint';
  const espree: Linter.Parser;
  export default espree;
}
