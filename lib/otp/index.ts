export {
  shipmentInputFromCarrier,
  isCollectOnDeliveryId,
  isPrepaidRequest,
  type CarrierPackage,
  type CarrierShipmentRequest,
} from './carrier-mapping';
export {
  evaluateOtpEligibility,
  REASON_CODES,
  REASON_LABELS,
  RULE_LABELS,
  type EligibilityCheck,
  type EligibilityInput,
  type EligibilityReason,
  type EligibilityResult,
  type EligibilityWarning,
  type ReasonCode,
} from './eligibility';
export {
  isResendEnabled,
  MARKETPLACE_CODES,
  MARKETPLACES,
  marketplaceForCountry,
  type CurrencyCode,
  type Marketplace,
  type MarketplaceInfo,
} from './marketplaces';
export { formatMinorAsDecimal, formatMoney, fromMinorUnits, toMinorUnits, type MinorUnitsResult } from './money';
export { parseMobileNumber, type MobileNumberResult } from './phone';
export { SOURCE_PHONE_EXAMPLES } from './phone-examples';
export { notCheckedLabel, type NotCheckedCause } from './eligibility-checks';
export { CURRENT_RULE_SET, RULE_SETS, type RuleSetId } from './reason-codes';
export { storedEligibilityOf, type NotPassedOutcome, type StoredEligibility } from './stored-eligibility';
