export * from './api-runtime.js';
export * from './app.js';
export * from './app-deps.js';
export * from './openapi/openapi-document.js';
