import type { UploadLimits } from './limits';
import type { FileRefusal } from './types';

export type Sniffed = { ok: true; kind: 'json' | 'csv'; text: string } | FileRefusal;

const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a ZIP archive (an .xlsx workbook is one: save it as CSV UTF-8)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old-format Office document (.xls): save it as CSV UTF-8', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8)', bytes: [0xff, 0xfe] },
  { name: 'UTF-16 text: save it as UTF-8 (in Excel: CSV UTF-8)', bytes: [0xfe, 0xff] },
];

function startsWith(content: Uint8Array, bytes: number[]): boolean {
  return bytes.length <= content.length && bytes.every((byte, i) => content[i] === byte);
}

function unsupported(what: string): FileRefusal {
  return {
    ok: false,
    status: 415,
    code: 'UNSUPPORTED_FILE_TYPE',
    message: `This file is ${what}, not a CSV or JSON text file.`,
  };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[k];
    return b !== undefined && b >= lo && b <= hi;
  };
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Decides the format from the bytes, never from a file name or Content-Type. A leading UTF-8 BOM
 * (Excel's "CSV UTF-8", Windows Notepad) is dropped for CSV and JSON alike: it marks the
 * encoding, it is not content, and RFC 8259 §8.1 lets a JSON parser ignore it.
 */
export function sniffContent(content: Uint8Array, limits: UploadLimits): Sniffed {
  if (content.byteLength > limits.maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      status: 413,
      code: 'FILE_TOO_LARGE',
      message: `The file is ${mb(content.byteLength)}; the limit is ${mb(limits.maxBytes)}.`,
    };
  }
  const signature = SIGNATURES.find((s) => startsWith(content, s.bytes));
  if (signature) return unsupported(signature.name);
  const nul = content.indexOf(0);
  if (nul !== -1) return unsupported(`binary data (a NUL byte on line ${lineOfByte(content, nul)})`);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    const offset = firstInvalidUtf8Offset(content);
    return {
      ok: false,
      status: 400,
      code: 'INVALID_UTF8',
      message: `The file is not valid UTF-8 text (first bad byte on line ${lineOfByte(content, Math.max(offset, 0))}, byte ${offset + 1}). Save it as UTF-8 (in Excel: CSV UTF-8).`,
    };
  }
  const first = text.search(/\S/);
  if (first === -1) {
    return { ok: false, status: 422, code: 'EMPTY_FILE', message: 'The file is empty.' };
  }
  const lead = text[first];
  return { ok: true, kind: lead === '{' || lead === '[' ? 'json' : 'csv', text };
}
