import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './events';

export const MAX_ENDPOINT_URL_LENGTH = 2000;
export const MAX_ENDPOINT_DESCRIPTION_LENGTH = 200;

const url = z
  .string({ error: 'Enter the endpoint URL.' })
  .trim()
  .min(1, { error: 'Enter the endpoint URL.' })
  .max(MAX_ENDPOINT_URL_LENGTH, { error: `The URL must be at most ${MAX_ENDPOINT_URL_LENGTH} characters.` });

const description = z
  .string({ error: 'The description must be text.' })
  .trim()
  .max(MAX_ENDPOINT_DESCRIPTION_LENGTH, { error: `The description must be at most ${MAX_ENDPOINT_DESCRIPTION_LENGTH} characters.` });

/** The chosen event types, each once, in the order the portal lists them. */
const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: `Choose events from ${WEBHOOK_EVENT_TYPES.join(', ')}.` }), {
    error: 'Choose the events to send.',
  })
  .transform((chosen): WebhookEventType[] => WEBHOOK_EVENT_TYPES.filter((type) => chosen.includes(type)));

/**
 * An endpoint's URL, description and events, as the form and its server action both check them. Whether
 * the URL may be called (https, or http://localhost in demo mode) is checked on the server.
 */
export const endpointFieldsSchema = z.strictObject({ url, description, events });
export type EndpointFields = z.output<typeof endpointFieldsSchema>;
export type EndpointFieldsInput = z.input<typeof endpointFieldsSchema>;
