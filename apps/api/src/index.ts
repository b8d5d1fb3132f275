export * from './app.js';
export * from './app-deps.js';
