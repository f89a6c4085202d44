// Input limits every capability shares, so one call cannot exhaust the server.

/** Text inputs (requirements, configs, schemas) are capped at a million characters. */
export const MAX_TEXT = 1_000_000;
