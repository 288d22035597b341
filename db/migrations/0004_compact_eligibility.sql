-- A stored eligibility result keeps which rules did not pass, and why, instead of all 11 checks with their
-- fixed labels; the normalised phone, which has its own column, is dropped from it (lib/otp/stored-eligibility.ts).
UPDATE "shipments" SET "eligibility" = ("eligibility" - 'checks' - 'recipientPhoneE164') || jsonb_build_object(
  'ruleSet', 1,
  'notPassed', COALESCE((
    SELECT jsonb_object_agg(c ->> 'code', CASE
      WHEN c ->> 'label' LIKE '%(not checked: the ship-to country is not an OTP marketplace)' THEN 'noMarketplace'
      WHEN c ->> 'label' LIKE '%(not checked: there is no valid declared value)' THEN 'noDeclaredValue'
      WHEN c ->> 'label' LIKE '%(not checked: the declared value is in another currency)' THEN 'otherCurrency'
      WHEN c ->> 'label' LIKE '%(not checked: there is no phone number)' THEN 'noPhone'
      ELSE 'failed'
    END)
    FROM jsonb_array_elements("eligibility" -> 'checks') AS c
    WHERE NOT (c ->> 'passed')::boolean
  ), '{}'::jsonb)
)
WHERE "eligibility" ? 'checks';
