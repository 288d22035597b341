import type { Location } from './types';

/** Within-file uniqueness of packageClientReferenceId (trimmed, case-sensitive); first place wins. */
export class DuplicateReferences {
  private readonly firstSeen = new Map<string, Location>();

  /** Records the id at this place, or returns the earlier place that already holds it. */
  claim(id: string, location: Location): Location | null {
    const earlier = this.firstSeen.get(id);
    if (earlier !== undefined) return earlier;
    this.firstSeen.set(id, location);
    return null;
  }
}

/** The id as a reader would compare it, or null when the value is not a usable id at all. */
export function readableReference(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const id = value.trim();
  return id === '' ? null : id;
}

export function duplicateMessage(id: string, earlier: Location): string {
  return `${JSON.stringify(id)} is already used by ${earlier}; each package in a file needs its own packageClientReferenceId`;
}
