// Client libraries as inputs take the catalog's own names, so a tool's schema lists them (an MCP
// client shows the choices, the CLI names the flag and the nearest choice) and nothing downstream
// meets a library it does not know.
import { z } from 'zod';
import { CLIENT_LIBRARIES } from '../knowledge/clients.js';

const ids = CLIENT_LIBRARIES.map((l) => l.id) as [string, ...string[]];

/** A client library by the catalog's id. */
export const clientLibraryId = z.enum(ids);

/** A client library by id, or `java` for the Java client (kafka-clients). */
export const clientLibraryOrJava = z.enum([...ids, 'java']);
