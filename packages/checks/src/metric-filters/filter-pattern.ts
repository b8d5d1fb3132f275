/**
 * The CloudWatch Logs JSON filter-pattern language, as metric filters use it on CloudTrail events:
 *
 *   { ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != "Yes") }
 *
 * - comparisons: `$.selector = value`, `!=`; numeric `<`, `<=`, `>`, `>=`, `=`, `!=`; `IS NULL`,
 *   `NOT EXISTS`, `IS TRUE`, `IS FALSE`; `%regex%` values
 * - values quoted ("...", backslash escapes) or bare (`kms.amazonaws.com`, `*UnauthorizedOperation`); `*` at
 *   the start or end of a value is a wildcard
 * - selectors: `$.a.b`, `$.a[0].b`
 * - `&&` binds tighter than `||` (AWS: "standard order of operations () > && > ||"), parentheses group.
 *
 * Text patterns (terms, space-delimited `[...]`) are not JSON patterns and are rejected: a CloudTrail metric
 * filter is only judged when its meaning over JSON events is known.
 */

export type NumericOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** One test on one field of the event. `selector` is normalized (`$.a.b[0]`). */
export type FilterComparison =
  | {
      readonly kind: 'text';
      readonly selector: string;
      /** `!=` rather than `=`. */
      readonly negated: boolean;
      /** The value as written inside the quotes (or bare), wildcards included. */
      readonly value: string;
    }
  | { readonly kind: 'regex'; readonly selector: string; readonly negated: boolean; readonly regex: string }
  | {
      readonly kind: 'number';
      readonly selector: string;
      readonly operator: NumericOperator;
      readonly value: number;
    }
  | { readonly kind: 'null'; readonly selector: string }
  | { readonly kind: 'absent'; readonly selector: string }
  | { readonly kind: 'boolean'; readonly selector: string; readonly value: boolean };

export interface FilterJunction {
  readonly kind: 'and' | 'or';
  readonly operands: readonly FilterExpression[];
}

export type FilterExpression = FilterJunction | FilterComparison;

export class FilterPatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterPatternError';
  }
}

type Token =
  | { readonly type: '{' | '}' | '(' | ')' | '&&' | '||'; readonly at: number }
  | { readonly type: 'operator'; readonly text: NumericOperator; readonly at: number }
  | { readonly type: 'selector' | 'quoted' | 'regex' | 'word'; readonly text: string; readonly at: number };

const OPERATORS: readonly NumericOperator[] = ['!=', '<=', '>=', '=', '<', '>'];
const SELECTOR = /^\$(\.[A-Za-z0-9_-]+|\[\d+\])+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Characters that end a bare word (a value or a keyword). */
const WORD_END = /[\s(){}"%&|=!<>]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if ('{}()'.includes(char)) {
      tokens.push({ type: char as '{' | '}' | '(' | ')', at });
      at += 1;
      continue;
    }
    const pair = text.slice(at, at + 2);
    if (pair === '&&' || pair === '||') {
      tokens.push({ type: pair, at });
      at += 2;
      continue;
    }
    const operator = OPERATORS.find((candidate) => text.startsWith(candidate, at));
    if (operator) {
      tokens.push({ type: 'operator', text: operator, at });
      at += operator.length;
      continue;
    }
    if (char === '"') {
      const { value, end } = readQuoted(text, at);
      tokens.push({ type: 'quoted', text: value, at });
      at = end;
      continue;
    }
    if (char === '%') {
      const end = text.indexOf('%', at + 1);
      if (end < 0) throw new FilterPatternError(`unterminated regular expression at ${at}`);
      tokens.push({ type: 'regex', text: text.slice(at + 1, end), at });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < text.length && !WORD_END.test(text[end]!)) end += 1;
    if (end === at) throw new FilterPatternError(`unexpected '${char}' at ${at}`);
    const word = text.slice(at, end);
    tokens.push({ type: word.startsWith('$') ? 'selector' : 'word', text: word, at });
    at = end;
  }
  return tokens;
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  for (let at = start + 1; at < text.length; at += 1) {
    const char = text[at]!;
    if (char === '"') return { value, end: at + 1 };
    if (char === '\\' && at + 1 < text.length) {
      at += 1;
      value += text[at]!;
    } else {
      value += char;
    }
  }
  throw new FilterPatternError(`unterminated string at ${start}`);
}

/** Recursive descent over the tokens: expression := and ('||' and)*, and := primary ('&&' primary)*. */
class Parser {
  private position = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parsePattern(): FilterExpression {
    this.expect('{');
    const expression = this.parseOr();
    this.expect('}');
    if (this.position < this.tokens.length) this.fail('text after the closing brace');
    return expression;
  }

  private parseOr(): FilterExpression {
    const operands = [this.parseAnd()];
    while (this.accept('||')) operands.push(this.parseAnd());
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  }

  private parseAnd(): FilterExpression {
    const operands = [this.parsePrimary()];
    while (this.accept('&&')) operands.push(this.parsePrimary());
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }

  private parsePrimary(): FilterExpression {
    if (this.accept('(')) {
      const inner = this.parseOr();
      this.expect(')');
      return inner;
    }
    return this.parseComparison();
  }

  private parseComparison(): FilterComparison {
    const selectorToken = this.next();
    if (selectorToken?.type !== 'selector' || !SELECTOR.test(selectorToken.text)) {
      this.fail('a selector such as $.eventName', selectorToken);
    }
    const selector = selectorToken.text;
    const token = this.next();
    if (token?.type === 'word') return this.parseKeywordTest(selector, token.text);
    if (token?.type !== 'operator') this.fail('a comparison operator', token);
    const operator = token.text;
    const value = this.next();
    if (value?.type === 'word' && NUMBER.test(value.text)) {
      return { kind: 'number', selector, operator, value: Number(value.text) };
    }
    if (operator !== '=' && operator !== '!=') this.fail('a number after a numeric comparison', value);
    const negated = operator === '!=';
    if (value?.type === 'regex') return { kind: 'regex', selector, negated, regex: value.text };
    if (value?.type === 'word' || value?.type === 'quoted') {
      return { kind: 'text', selector, negated, value: value.text };
    }
    return this.fail('a value', value);
  }

  private parseKeywordTest(selector: string, keyword: string): FilterComparison {
    const second = this.next();
    const words = `${keyword} ${second?.type === 'word' ? second.text : ''}`.toUpperCase();
    if (words === 'IS NULL') return { kind: 'null', selector };
    if (words === 'NOT EXISTS') return { kind: 'absent', selector };
    if (words === 'IS TRUE') return { kind: 'boolean', selector, value: true };
    if (words === 'IS FALSE') return { kind: 'boolean', selector, value: false };
    return this.fail('IS NULL, NOT EXISTS, IS TRUE or IS FALSE', second);
  }

  private next(): Token | undefined {
    const token = this.tokens[this.position];
    if (token) this.position += 1;
    return token;
  }

  private accept(type: Token['type']): boolean {
    if (this.tokens[this.position]?.type !== type) return false;
    this.position += 1;
    return true;
  }

  private expect(type: Token['type']): void {
    if (!this.accept(type)) this.fail(`'${type}'`, this.tokens[this.position]);
  }

  private fail(expected: string, token?: Token): never {
    const where = token ? `at ${token.at}` : 'at the end';
    throw new FilterPatternError(`expected ${expected} ${where}`);
  }
}

/** Parses a JSON filter pattern; throws FilterPatternError for anything else (text patterns, malformed JSON patterns). */
export function parseFilterPattern(text: string): FilterExpression {
  return new Parser(tokenize(text)).parsePattern();
}
