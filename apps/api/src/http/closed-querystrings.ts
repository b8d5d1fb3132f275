import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * Every documented route refuses query parameters it does not declare (400 naming the parameter), as
 * request bodies refuse unknown fields: a misspelt filter (`?stauts=FAIL`) must not silently return
 * everything. Applied as routes are registered, so a route added later is closed without doing anything;
 * a route with no query string schema gets an empty one. Register before any route.
 */
export function registerClosedQuerystrings(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as { querystring?: object; hide?: boolean } | undefined;
    // Hidden routes are the documentation UI's static files, not part of the API.
    if (!schema || schema.hide) return;
    schema.querystring = schema.querystring
      ? { ...schema.querystring, additionalProperties: false }
      : { type: 'object', properties: {}, additionalProperties: false };
  });
}
