/** Splitting a received sentence into its parts: command, `=attributes=`, `?queries`, `.tag`. */

export interface ParsedSentence {
  command: string;
  attributes: Map<string, string>;
  queries: string[];
  tag?: string;
}

export function parseSentence(words: readonly string[]): ParsedSentence {
  const attributes = new Map<string, string>();
  const queries: string[] = [];
  let tag: string | undefined;
  for (const word of words.slice(1)) {
    if (word.startsWith('.tag=')) tag = word.slice(5);
    else if (word.startsWith('?')) queries.push(word.slice(1));
    else if (word.startsWith('=')) {
      // the value may itself contain '='
      const eq = word.indexOf('=', 1);
      if (eq < 0) attributes.set(word.slice(1), '');
      else attributes.set(word.slice(1, eq), word.slice(eq + 1));
    }
  }
  return { command: words[0] ?? '', attributes, queries, tag };
}
