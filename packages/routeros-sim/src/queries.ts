/**
 * `print` queries as the API documents them: each `?` word pushes a true/false per row onto a stack,
 * `?#` applies operators (`|` or, `&` and, `!` not, `.` duplicate, a digit copies that stack entry),
 * and a row matches when everything left on the stack is true.
 */
export type Row = Record<string, string>;

function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function test(row: Row, word: string): boolean {
  const body = word.startsWith('=') ? word.slice(1) : word;
  if (body.startsWith('-')) return !(body.slice(1) in row);
  const op = body[0] === '<' || body[0] === '>' ? body[0] : '';
  const rest = op ? body.slice(1) : body;
  const eq = rest.indexOf('=');
  if (eq < 0) return rest in row;
  const key = rest.slice(0, eq);
  const value = rest.slice(eq + 1);
  if (!(key in row)) return op === '' && value === '';
  if (op === '<') return compare(row[key], value) < 0;
  if (op === '>') return compare(row[key], value) > 0;
  return row[key] === value;
}

function applyOperators(stack: boolean[], ops: string): void {
  for (const op of ops) {
    if (op === '!') stack.push(!stack.pop());
    else if (op === '&' || op === '|') {
      const b = stack.pop() ?? true;
      const a = stack.pop() ?? true;
      stack.push(op === '&' ? a && b : a || b);
    } else if (op === '.') stack.push(stack[stack.length - 1] ?? true);
    else if (/\d/.test(op)) stack.push(stack[Number(op)] ?? true);
  }
}

export function matches(row: Row, queries: readonly string[]): boolean {
  const stack: boolean[] = [];
  for (const q of queries) {
    if (q.startsWith('#')) applyOperators(stack, q.slice(1));
    else stack.push(test(row, q));
  }
  return stack.every(Boolean);
}

/** `=.proplist=a,b`: only those properties, in that order. */
export function project(row: Row, proplist: string | undefined): Row {
  if (proplist === undefined) return row;
  const out: Row = {};
  for (const key of proplist.split(',')) if (key in row) out[key] = row[key];
  return out;
}
