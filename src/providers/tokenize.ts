/** A token of JavaScript or TypeScript source, as far as a constants module needs one. */
export interface Token {
  readonly type: 'name' | 'number' | 'string' | 'punctuator';
  /** Names and punctuators as written; strings unquoted; numbers as written. */
  readonly value: string;
  /** A line break stands between this token and the one before: where a statement may end. */
  readonly lineBreak: boolean;
}

const namePart = /[\w$\u0080-\uffff]/;
const nameStart = /[A-Za-z_$\u0080-\uffff]/;
/** Punctuators a constants module needs told apart; any other character is a token of its own. */
const multiCharacter = ['...', '===', '!==', '==', '!=', '=>', '<=', '>=', '&&', '||', '??', '?.'];

/**
 * Splits source into tokens without a parser: comments and whitespace are dropped, strings and
 * template literals become single tokens, regular expressions are skipped. Enough to read the
 * top-level declarations of a constants module; no runtime dependency, and `typescript` is
 * never loaded.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let lineBreak = false;
  const previous = () => tokens[tokens.length - 1];
  const push = (type: Token['type'], value: string) => {
    tokens.push({ type, value, lineBreak });
    lineBreak = false;
  };

  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (/\s/.test(char)) {
      if (char === '\n') lineBreak = true;
      index++;
    } else if (char === '/' && next === '/') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', index + 2);
      if (text.slice(index, end).includes('\n')) lineBreak = true;
      index = end === -1 ? text.length : end + 2;
    } else if (char === '"' || char === "'") {
      let end = index + 1;
      let value = '';
      while (end < text.length && text[end] !== char && text[end] !== '\n') {
        if (text[end] === '\\') end++;
        value += text[end] ?? '';
        end++;
      }
      push('string', value);
      index = end + 1;
    } else if (char === '`') {
      index = skipTemplate(text, index);
      push('string', '');
    } else if (char === '/' && startsRegExp(previous())) {
      index = skipRegExp(text, index);
      push('string', '');
    } else if (/[0-9]/.test(char) || (char === '.' && next !== undefined && /[0-9]/.test(next))) {
      let end = index + 1;
      while (end < text.length && /[\w.]/.test(text[end]!)) end++;
      push('number', text.slice(index, end));
      index = end;
    } else if (nameStart.test(char) || char === '#') {
      let end = index + 1;
      while (end < text.length && namePart.test(text[end]!)) end++;
      push('name', text.slice(index, end));
      index = end;
    } else {
      const long = multiCharacter.find((punctuator) => text.startsWith(punctuator, index));
      push('punctuator', long ?? char);
      index += long?.length ?? 1;
    }
  }
  return tokens;
}

const keywordsBeforeExpression = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw']);

/** A slash starts a regular expression unless it follows something that ends an operand. */
function startsRegExp(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.type === 'number' || previous.type === 'string') return false;
  if (previous.type === 'name') return keywordsBeforeExpression.has(previous.value);
  return previous.value !== ')' && previous.value !== ']' && previous.value !== '}';
}

function skipRegExp(text: string, start: number): number {
  let index = start + 1;
  let inClass = false;
  while (index < text.length && text[index] !== '\n') {
    const char = text[index]!;
    if (char === '\\') index++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) break;
    index++;
  }
  index++;
  while (index < text.length && /\w/.test(text[index]!)) index++;
  return index;
}

/** Skips a template literal, including `${...}` holes that may hold further templates. */
function skipTemplate(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\') {
      index += 2;
    } else if (char === '`') {
      return index + 1;
    } else if (char === '$' && text[index + 1] === '{') {
      let depth = 1;
      index += 2;
      while (index < text.length && depth > 0) {
        if (text[index] === '`') {
          index = skipTemplate(text, index);
          continue;
        }
        if (text[index] === '{') depth++;
        else if (text[index] === '}') depth--;
        index++;
      }
    } else {
      index++;
    }
  }
  return index;
}
