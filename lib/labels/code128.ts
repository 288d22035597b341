import bwipjs from 'bwip-js/node';

/** A bar, in modules (the barcode's narrowest width) from the symbol's left edge. */
export interface Bar {
  start: number;
  width: number;
}

export interface Code128Symbol {
  /** The symbol's width in modules, without quiet zones. */
  modules: number;
  bars: Bar[];
}

/** The Code 128 bars of `data`, encoded by bwip-js (its optimal switching between code sets B and C). */
export function code128(data: string): Code128Symbol {
  const [symbol] = bwipjs.raw('code128', data, {});
  if (!symbol || !('sbs' in symbol)) throw new Error('bwip-js returned no Code 128 bars.');
  const bars: Bar[] = [];
  let position = 0;
  // sbs alternates bar and space widths, starting with a bar.
  symbol.sbs.forEach((width, index) => {
    if (index % 2 === 0) bars.push({ start: position, width });
    position += width;
  });
  return { modules: position, bars };
}
