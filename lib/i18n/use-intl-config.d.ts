import type sourceCatalogue from './catalogues/en-GB.json';

// Client components' useTranslations keys are checked against the source catalogue.
declare module 'use-intl' {
  interface AppConfig {
    Messages: typeof sourceCatalogue;
  }
}
