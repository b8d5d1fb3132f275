import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AWS_SERVICES } from '../../transport/aws-services.js';
import { SIMULATED_SERVICES } from './index.js';

const servicesDir = dirname(fileURLToPath(import.meta.url));
const serviceFiles = readdirSync(servicesDir).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !/^(index|simulated-)/.test(name),
);

describe('simulated services', () => {
  it('simulates every service of the registry, one file each', () => {
    expect(Object.keys(SIMULATED_SERVICES).sort()).toEqual(Object.keys(AWS_SERVICES).sort());
    expect(serviceFiles.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual(
      Object.keys(AWS_SERVICES).sort(),
    );
  });

  it("declares each handler's answer as the SDK output of its own operation", () => {
    // The declared answer type is what makes a misspelt field name fail the typecheck.
    for (const file of serviceFiles) {
      const text = readFileSync(join(servicesDir, file), 'utf8');
      const handlers = [...text.matchAll(/^ {2}(\w+): (?:async )?\(.*?\)(.*?)=> /gm)];
      expect(handlers.length, file).toBeGreaterThan(0);
      for (const [line, operation, annotation] of handlers) {
        expect(annotation, `${file}: ${line}`).toBe(`: Answer<'${operation}'> `);
      }
    }
  });
});
