/** Line breaks in text[from, to) as an editor counts them: CRLF, LF and a lone CR are one each. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) count++;
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) count++;
  }
  return count;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const line = 1 + countLineBreaks(text, 0, offset);
  let lineStart = offset;
  while (lineStart > 0) {
    const c = text.charCodeAt(lineStart - 1);
    if (c === 0x0a || c === 0x0d) break;
    lineStart--;
  }
  return { line, column: offset - lineStart + 1 };
}
