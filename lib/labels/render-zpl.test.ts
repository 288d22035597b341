import { describe, expect, it } from 'vitest';
import { renderLabel } from './index';
import { labelContent, labelSpec } from './testing/label-fixtures';

async function zpl(...args: Parameters<typeof labelContent>): Promise<string> {
  return (await renderLabel(labelContent(...args), labelSpec('ZPL'))).contents.toString('ascii');
}

/** Each field's data with its ^FH hex escapes undone. */
function fields(program: string): string[] {
  return [...program.matchAll(/\^FH_\^FD(.*?)\^FS/g)].map(([, data]) =>
    Buffer.from(
      data!.replace(/_([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8'),
  );
}

describe('ZPL labels', () => {
  it('are one ^XA…^XZ program sized for 4×6 in at 203 dpi, with the tracking id as ^BC Code 128', async () => {
    const program = await zpl();
    expect(program.startsWith('^XA\n')).toBe(true);
    expect(program.endsWith('^XZ\n')).toBe(true);
    expect(program).toContain('^PW812\n^LL1218');
    expect(program).toMatch(/\^BY\d\^FO\d+,\d+\^BCN,\d+,N,N,N,A\^FH_\^FDSC004815162342\^FS/);
    expect(fields(program)).toEqual(expect.arrayContaining(['Emma Wilson', 'SW1A 1AA GB', 'OTP', 'SC004815162342']));
  });

  it('are drawn in 300 dpi dots when asked', async () => {
    const label = await renderLabel(labelContent(), labelSpec('ZPL', 300));
    expect(label.dpi).toBe(300);
    expect(label.contents.toString('ascii')).toContain('^PW1200\n^LL1800');
  });

  it('escape hostile text so no field can end the label or start a command', async () => {
    const hostile = 'Eve ^XZ^XA~JA_5E ^FS';
    const program = await zpl({ shipTo: { ...labelContent().shipTo, name: hostile, addressLine1: 'Rue ~DG^' } });
    expect(program.match(/\^XA/g)).toHaveLength(1);
    expect(program.match(/\^XZ/g)).toHaveLength(1);
    expect(program).not.toContain('~');
    for (const data of program.matchAll(/\^FD(.*?)\^FS/g)) expect(data[1]).not.toMatch(/[\^~]/);
    expect(fields(program)).toEqual(expect.arrayContaining([hostile, 'Rue ~DG^']));
  });

  it('write accented text as UTF-8 under ^CI28 and keep the OTP mark to labels that need it', async () => {
    const program = await zpl({ otpRequired: false, shipTo: { ...labelContent().shipTo, name: 'Chloé Bernard' } });
    expect(program).toContain('^CI28');
    expect(program).toContain('Chlo_C3_A9 Bernard');
    expect(fields(program)).not.toContain('OTP');
  });
});
