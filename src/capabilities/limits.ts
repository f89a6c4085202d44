// Input limits every capability shares, so one call cannot exhaust the server.
import { z } from 'zod';

/** Text inputs (requirements, configs, schemas) are capped at a million characters. */
export const MAX_TEXT = 1_000_000;

/** The cluster a live tool reads: one of the names configured at start (the CLI's connection flags stand for it). */
export const clusterName = z.string().min(1).max(64).optional().describe('name of a cluster configured when the server started');

/** A file given as text with its name (the name labels findings and errors; its extension can tell the format). */
export const namedText = z.object({
  name: z.string().min(1).max(500).describe('file name, e.g. server.properties or kafka.yaml (the extension helps detect the format)'),
  content: z.string().max(MAX_TEXT).describe('the file text'),
});
