// The typed library entry: the same functions the CLI and the MCP server call.
export * from './knowledge/catalog.js';
export * from './knowledge/clients.js';
export * from './model/requirements.js';
export * from './model/design.js';
export * from './model/errors.js';
export * from './method/deconstruct/parse.js';
export * from './method/deconstruct/normalize.js';
export * from './method/critique/engine.js';
export * from './method/critique/rules/index.js';
export * from './knowledge/aliases.js';
export * from './knowledge/explanations/index.js';
export * from './knowledge/doc-artifacts.js';
export * from './method/reference/explain.js';
export * from './method/reference/search.js';
export * from './method/reference/changes.js';
export * from './method/reference/render.js';
export { resolveSettingName } from './method/reference/names.js';
