import { z } from 'zod';
import { byMarketplace, type Marketplace } from '../otp/marketplaces';
import { thresholdAmountSchema } from './threshold-input';

/** A threshold to try in the preview: an amount as typed, null for the default, absent to keep the saved one. */
const proposed = (marketplace: Marketplace) => z.union([z.null(), thresholdAmountSchema(marketplace)]).optional();

export const proposedThresholdsSchema = z.strictObject(byMarketplace(({ code }) => proposed(code)));

export const previewInputSchema = z.strictObject({ thresholds: proposedThresholdsSchema });
