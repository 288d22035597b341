// Beyond this many keys in one object, duplicate checks switch from a list to a Set.
const SMALL_OBJECT = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The key of a string token text.slice(start, end) (quotes included), decoded. */
export function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

function hashString(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function hashKey(text: string, start: number, end: number, escaped: boolean): number {
  if (!escaped) return hashString(text, start + 1, end - 1);
  const key = decodeKey(text, start, end);
  return hashString(key, 0, key.length);
}

export function isForbiddenKey(text: string, start: number, end: number, escaped: boolean): boolean {
  if (escaped) return FORBIDDEN_KEYS.has(decodeKey(text, start, end));
  const length = end - start - 2;
  if (length !== 9 && length !== 11) return false;
  return FORBIDDEN_KEYS.has(text.slice(start + 1, end - 1));
}

/**
 * The keys of one open JSON object, held as places in the text plus a hash, so the duplicate
 * check allocates nothing for ordinary keys; one instance per nesting level is reused.
 */
export class ObjectKeys {
  private readonly hashes: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private count = 0;
  private many: Set<string> | null = null;

  reset(): void {
    this.count = 0;
    this.many = null;
  }

  /** Adds the key token text.slice(start, end); false when this object already has that key. */
  add(text: string, start: number, end: number, escaped: boolean): boolean {
    if (this.many) {
      const key = decodeKey(text, start, end);
      if (this.many.has(key)) return false;
      this.many.add(key);
      return true;
    }
    const hash = hashKey(text, start, end, escaped);
    for (let k = 0; k < this.count; k++) {
      if (this.hashes[k] === hash && decodeKey(text, this.starts[k] as number, this.ends[k] as number) === decodeKey(text, start, end)) {
        return false;
      }
    }
    if (this.count === SMALL_OBJECT) {
      this.many = new Set(this.starts.slice(0, this.count).map((s, k) => decodeKey(text, s, this.ends[k] as number)));
      this.many.add(decodeKey(text, start, end));
      return true;
    }
    this.hashes[this.count] = hash;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    return true;
  }
}
