// Rewrites every rule module's `meta` to the one layout all rule families share: the fields in
// the order below, and `messages` always one message a line. Only moves and re-lines what is
// there (text of each field kept as written); run `npx prettier --write` on the files after.
// Usage: node scripts/rule-meta-layout.mjs <file.ts>...   (prints the files it changed)
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

/** The canonical order: what the rule is, why (with the sources), the fix, what it says, what it reads. */
export const META_ORDER = ['id', 'severity', 'summary', 'why', 'refs', 'fix', 'messages', 'kinds'];

function propName(p) {
  return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
}

function isRuleMeta(node) {
  if (!ts.isPropertyAssignment(node) || propName(node) !== 'meta' || !ts.isObjectLiteralExpression(node.initializer)) return false;
  const names = node.initializer.properties.map(propName);
  return names.includes('id') && names.includes('messages') && node.initializer.properties.every((p) => ts.isPropertyAssignment(p));
}

function rewrite(text, meta) {
  const props = meta.initializer.properties;
  const rank = (p) => {
    const i = META_ORDER.indexOf(propName(p));
    return i < 0 ? META_ORDER.length : i;
  };
  const ordered = [...props].sort((a, b) => rank(a) - rank(b));
  const pieces = ordered.map((p) => {
    // A field's own text with the comments written above it.
    let piece = text
      .slice(p.getFullStart(), p.getEnd())
      .replace(/^\s*\n/, '')
      .trim();
    if (propName(p) === 'messages' && ts.isObjectLiteralExpression(p.initializer)) {
      const open = p.initializer.getStart() - p.getStart() + 1;
      // A newline after `{` keeps the object one message a line under prettier.
      if (!/^\s*\n/.test(piece.slice(open))) piece = `${piece.slice(0, open)}\n${piece.slice(open).trimStart()}`;
    }
    return piece;
  });
  return `{\n${pieces.join(',\n')},\n}`;
}

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (isRuleMeta(node)) edits.push({ start: node.initializer.getStart(), end: node.initializer.getEnd(), text: rewrite(text, node) });
    else ts.forEachChild(node, visit);
  };
  visit(source);
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (out !== text) {
    writeFileSync(file, out);
    console.log(file);
  }
}
