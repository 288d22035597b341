/** Echo user input only when it is short and plain, so a message never carries a pasted blob. */
export function quoted(text: string, fallback: string): string {
  return /^[\x21-\x7e]{1,8}$/.test(text) ? `"${text}"` : fallback;
}

/** 'The amount is empty.' → 'the amount is empty', to follow a colon or sit in brackets. */
export function asClause(sentence: string): string {
  const body = sentence.endsWith('.') ? sentence.slice(0, -1) : sentence;
  return body.charAt(0).toLowerCase() + body.slice(1);
}

/** ['GB', 'FR', 'IN'] → 'GB, FR and IN'. */
export function humanList(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
