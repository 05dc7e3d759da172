// Reading the JSON text of a level file: JSON.parse does the work; when it fails, a small
// scanner finds where and why (trailing comma, missing comma, comment, single quotes, …), so
// the designer gets a line, a column and a reason that do not depend on the Node version.

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; empty: true }
  | { ok: false; empty: false; line: number; column: number; reason: string };

/** Parses JSON text (a leading byte-order mark is ignored). */
export function parseJson(text: string): JsonResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (src.trim() === '') return { ok: false, empty: true };
  try {
    return { ok: true, value: JSON.parse(src) };
  } catch (e) {
    const found = safeScan(src) ?? fromMessage(e instanceof Error ? e.message : String(e), src);
    const { line, column } = lineColumn(src, found.offset);
    return { ok: false, empty: false, line, column, reason: found.reason };
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function safeScan(text: string): Found | undefined {
  try {
    return scanForError(text);
  } catch {
    return undefined; // nested too deep for the scanner: fall back on the parser's message
  }
}

interface Found {
  offset: number;
  reason: string;
}

function fromMessage(message: string, text: string): Found {
  const m = /at position (\d+)/.exec(message);
  const offset = m ? Number(m[1]) : /end of JSON input/.test(message) ? text.length : 0;
  const reason = message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '');
  return { offset, reason };
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** The first syntax error in `text`, or undefined if the scanner finds none. */
export function scanForError(text: string): Found | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new SyntaxProblem(at, reason);
  };
  const endTooEarly = (what: string) => fail(`the file ends too early: ${what}`);
  const space = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
        fail('comments are not allowed in JSON');
      else return;
    }
  };
  const word = () => /^[A-Za-z_$][\w$]*/.exec(text.slice(i))?.[0];
  const string = () => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('the file ends too early: a text is not closed with "', start);
      if (c === '"') return void i++;
      if (c === '\n' || c === '\r') fail('a text may not run over a line break (write \\n for a new line)');
      if (c !== undefined && c < ' ')
        fail('a text may not contain a control character such as a tab (write \\t)');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`unknown escape \\${e ?? ''} in a text (write \\\\ for a backslash)`);
      } else i++;
    }
  };
  const number = () => {
    const start = i;
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    i += m?.[0].length ?? 0;
    if (!m || /[\w.]/.test(text[i] ?? '')) {
      fail(`invalid number ${JSON.stringify(/^[-+.\w]*/.exec(text.slice(start))?.[0] ?? '')}`, start);
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    const w = word();
    if (c === undefined) endTooEarly('a value is missing');
    else if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else if (c === "'") fail('texts must be in double quotes ("…"), not single quotes');
    else if (w === 'true' || w === 'false' || w === 'null') i += w.length;
    else if (w) fail(`unexpected ${w}: write texts in double quotes, like "${w}"`);
    else fail(`unexpected ${JSON.stringify(c)}`);
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      const c = text[i];
      if (c === '}') fail('a comma before } is not allowed in JSON (remove the last comma)');
      if (c === undefined) endTooEarly('an object is not closed with }');
      if (c === "'") fail('field names must be in double quotes ("…"), not single quotes');
      if (c !== '"')
        fail(
          word()
            ? `field names must be in double quotes, like "${word()}"`
            : 'expected a field name in double quotes',
        );
      string();
      space();
      if (text[i] !== ':')
        fail(
          text[i] === undefined
            ? 'the file ends too early: ":" is missing'
            : 'expected ":" after the field name',
        );
      i++;
      value();
      space();
      const after = text[i];
      if (after === '}') return void i++;
      if (after === ',') {
        i++;
        continue;
      }
      if (after === undefined) endTooEarly('an object is not closed with }');
      if (after === '"') {
        const name = /^"((?:[^"\\\n]|\\.)*)"/.exec(text.slice(i))?.[1];
        fail(name === undefined ? 'missing comma between fields' : `missing comma before "${name}"`);
      }
      fail(`expected "," or "}" but found ${JSON.stringify(after)}`);
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      space();
      if (text[i] === ']') fail('a comma before ] is not allowed in JSON (remove the last comma)');
      value();
      space();
      const after = text[i];
      if (after === ']') return void i++;
      if (after === ',') {
        i++;
        continue;
      }
      if (after === undefined) endTooEarly('a list is not closed with ]');
      if (after === '}') fail('expected "]" to close the list before "}"');
      fail('missing comma between list items');
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail('unexpected text after the end of the level (one object only)');
    return undefined;
  } catch (e) {
    if (e instanceof SyntaxProblem) return { offset: e.offset, reason: e.reason };
    throw e;
  }
}
