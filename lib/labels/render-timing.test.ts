import { describe, expect, it } from 'vitest';
import { renderLabel } from './index';
import type { LabelFormat } from './label-spec';
import { labelContent, labelSpec } from './testing/label-fixtures';

// Prints the cost of a label in each format (the API's oneClickShipment renders one per package). Times are
// reported, not asserted: a shared CI machine's clock is no pass mark. The check is that every run rendered.
const RUNS: Record<LabelFormat, number> = { PDF: 300, PNG: 20, ZPL: 300 };
const SIGNATURES: Record<LabelFormat, string> = { PDF: '%PDF-', PNG: '\x89PNG', ZPL: '^XA' };

describe('label rendering cost', () => {
  it.each(Object.keys(RUNS) as LabelFormat[])('%s: ms per label', async (format) => {
    for (let i = 0; i < RUNS[format] / 4; i += 1) await renderLabel(labelContent(), labelSpec(format));
    const started = performance.now();
    const sizes: number[] = [];
    for (let i = 0; i < RUNS[format]; i += 1) {
      const label = await renderLabel(labelContent({ trackingId: `SC${String(i).padStart(12, '0')}` }), labelSpec(format));
      expect(label.contents.subarray(0, SIGNATURES[format].length).toString('latin1')).toBe(SIGNATURES[format]);
      sizes.push(label.contents.length);
    }
    const ms = (performance.now() - started) / RUNS[format];
    console.info(
      `${format} label: ${ms.toFixed(2)} ms, ${Math.round(sizes.reduce((a, b) => a + b) / sizes.length)} bytes (${RUNS[format]} runs)`,
    );
  });
});
