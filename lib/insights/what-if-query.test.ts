import { describe, expect, it } from 'vitest';
import { parseWhatIfQuery } from './what-if-query';

const TODAY = '2026-12-01';

describe('parseWhatIfQuery', () => {
  it('reads thresholds in major units as minor units and switches as on/off', () => {
    const query = parseWhatIfQuery({ period: '90', UK: '150', IN: '999.50', sms: 'off', otp: 'on', email: 'maybe' }, TODAY);
    expect(query.thresholds).toEqual({ UK: 15000, IN: 99950 });
    expect(query.switches).toEqual({ smsNotifications: false, otpEnabled: true });
    expect(query.typedSwitches).toEqual({ sms: 'off', otp: 'on' });
    expect(query.period).toMatchObject({ preset: '90' });
  });

  it('refuses a bad amount naming its marketplace, and keeps what was typed', () => {
    const query = parseWhatIfQuery({ UK: '150.555', FR: '0', IT: 'ten', ES: '' }, TODAY);
    expect(query.thresholds).toEqual({});
    expect(query.typedThresholds).toEqual({ UK: '150.555', FR: '0', IT: 'ten' });
    expect(query.thresholdErrors.UK).toMatch(/^UK threshold: /);
    expect(query.thresholdErrors.FR).toBe('FR threshold: The amount must be more than 0.');
    expect(query.thresholdErrors.IT).toMatch(/^IT threshold: /);
    expect(query.thresholdErrors.ES).toBeUndefined();
  });
});
