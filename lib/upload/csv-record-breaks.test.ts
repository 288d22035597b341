import { describe, expect, it } from 'vitest';
import { withOneRecordBreak } from './csv-record-breaks';

describe('one line break between CSV records', () => {
  it('leaves a file with one kind of break as it is', () => {
    expect(withOneRecordBreak('a,b\nc,"d\re"\n', ',')).toEqual({ text: 'a,b\nc,"d\re"\n', newline: '\n' });
    expect(withOneRecordBreak('a,b\r\nc,"d\r\ne"\r\n', ',')).toEqual({ text: 'a,b\r\nc,"d\r\ne"\r\n', newline: '\r\n' });
  });

  it('makes every break between records LF and keeps the ones inside quoted cells', () => {
    expect(withOneRecordBreak('a,b\r\nc,"d\re"\nf;g\rh,"i""\r\nj"\r\n', ',')).toEqual({
      text: 'a,b\nc,"d\re"\nf;g\nh,"i""\r\nj"\n',
      newline: '\n',
    });
  });

  it('reads a quote inside an unquoted cell as a character, as papaparse does', () => {
    expect(withOneRecordBreak('a;5" screen\r\nb;"c\rd"\n', ';').text).toBe('a;5" screen\nb;"c\rd"\n');
  });
});
