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
export * from './method/diagnose/burrow.js';
export * from './method/diagnose/time-lag.js';
export * from './method/diagnose/live.js';
export * from './method/diagnose/whatif.js';
export * from './method/diagnose/consumer-settings.js';
export * from './method/diagnose/simulate.js';
export * from './method/diagnose/chart.js';
