// Input limits every capability shares, so one call cannot exhaust the server.
import { z } from 'zod';

/** Text inputs (requirements, configs, schemas) are capped at a million characters. */
export const MAX_TEXT = 1_000_000;

/** A file given as text with its name (the name labels findings and errors; its extension can tell the format). */
export const namedText = z.object({
  name: z.string().min(1).max(500).describe('file name, e.g. server.properties or kafka.yaml (the extension helps detect the format)'),
  content: z.string().max(MAX_TEXT).describe('the file text'),
});
