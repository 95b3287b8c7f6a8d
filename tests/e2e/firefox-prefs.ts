/** Firefox preferences for every test browser: no update checks, telemetry or other calls home. */
export const QUIET_FIREFOX_PREFS = {
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.update.enabled': false,
} as const;
