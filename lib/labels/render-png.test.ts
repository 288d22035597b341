import { describe, expect, it } from 'vitest';
import { renderLabel } from './index';
import { labelContent, labelSpec } from './testing/label-fixtures';
import { pngPixels, readCode128 } from './testing/label-readers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('PNG labels', () => {
  it('are 4×6 in at 203 dpi (812×1218 px) and their barcode decodes to the tracking id', async () => {
    const label = await renderLabel(labelContent(), labelSpec('PNG'));
    expect(label).toMatchObject({ format: 'PNG', dpi: 203 });
    expect(label.contents.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const pixels = await pngPixels(label.contents);
    expect([pixels.width, pixels.height]).toEqual([812, 1218]);
    expect(readCode128(pixels)).toBe('SC004815162342');
  });

  it('are 1200×1800 px at 300 dpi', async () => {
    const pixels = await pngPixels((await renderLabel(labelContent({ trackingId: 'SC999999999999' }), labelSpec('PNG', 300))).contents);
    expect([pixels.width, pixels.height]).toEqual([1200, 1800]);
    expect(readCode128(pixels)).toBe('SC999999999999');
  });

  it('draw the text with the bundled font: the OTP box is inked only when a passcode is needed', async () => {
    const inkIn = async (otpRequired: boolean) => {
      const pixels = await pngPixels((await renderLabel(labelContent({ otpRequired }), labelSpec('PNG'))).contents);
      // The inside of the OTP box (2.7–3.8 in across, 0.25–1.0 in down): the word "OTP" and its line.
      let dark = 0;
      for (let y = 51; y < 203; y += 1) {
        for (let x = 548; x < 771; x += 1) if (pixels.data[(y * pixels.width + x) * 4]! < 128) dark += 1;
      }
      return dark;
    };
    expect(await inkIn(true)).toBeGreaterThan(2000);
    expect(await inkIn(false)).toBe(0);
  });
});
