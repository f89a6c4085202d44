// A parsed YAML document as plain values, apart from the input gate (input-guard.ts) so that the
// gate's other users (JSON, Avro, .properties, the CLI's file reading) do not load the yaml package.
import { visit, type Document, type LineCounter } from 'yaml';
import { UserError } from './errors.js';

/**
 * A YAML document as plain values. A few aliases that each repeat a big anchor many times (an
 * "alias bomb", billion-laughs style) would expand to gigabytes: the yaml package stops past its
 * alias budget, and that becomes a user error at the first alias instead of a crash.
 */
export function yamlValue(doc: Document, counter: LineCounter, file: string | undefined): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (!(e instanceof ReferenceError) || !/alias/i.test(e.message)) throw e;
    let at: number | undefined;
    visit(doc, {
      Alias: (_key, node) => {
        at ??= node.range?.[0];
        return at === undefined ? undefined : visit.BREAK;
      },
    });
    const pos = at === undefined ? undefined : counter.linePos(at);
    throw new UserError({
      file,
      ...(pos ? { line: pos.line, column: pos.col } : {}),
      message: 'YAML aliases here expand to far more data than the file holds (an alias bomb); refused',
      suggestion: 'write the values out, or use fewer aliases of large anchors',
    });
  }
}
