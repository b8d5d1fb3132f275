// The environment `npm run dev` gives the api and the worker: the configuration file's values, the shell's
// over them, then the dev stack's own defaults for what a laptop needs (see devEnvironment).

/**
 * SECRETS_ENCRYPTION_KEY of the dev stack when none is configured, so webhooks can be tried. DEV ONLY: it
 * is public (it is in this file), so webhook secrets stored under it are not protected. Fixed rather than
 * random so webhooks created in one dev run still open in the next.
 */
export const DEV_ONLY_SECRETS_KEY = Buffer.from('orgscan dev only - NOT A SECRET!').toString('base64');

const isSet = (value) => value !== undefined && value.trim() !== '';

/**
 * `fileEnv`: .env (or .env.example); `shellEnv`: the variables of the shell running `npm run dev`, which
 * win over the file. On top of that, unless the shell sets them:
 * - the api and the worker's metrics listen on 127.0.0.1 only (dev runs with the public demo admin key);
 * - the worker's metrics get `metricsPort`, a free port, so two dev stacks do not collide;
 * - SECRETS_ENCRYPTION_KEY, when neither the file nor the shell sets one, is DEV_ONLY_SECRETS_KEY.
 * Returns the environment and one line per default applied, for the console.
 */
export function devEnvironment({ fileEnv, shellEnv, metricsPort }) {
  const env = { ...fileEnv, ...shellEnv };
  const notes = [];
  if (!isSet(shellEnv.HOST)) {
    env.HOST = '127.0.0.1';
    notes.push('the api listens on 127.0.0.1 only (set HOST in the shell to change it)');
  }
  if (!isSet(shellEnv.WORKER_METRICS_HOST)) env.WORKER_METRICS_HOST = '127.0.0.1';
  if (!isSet(shellEnv.WORKER_METRICS_PORT)) {
    env.WORKER_METRICS_PORT = String(metricsPort);
    notes.push(`worker metrics on http://${env.WORKER_METRICS_HOST}:${metricsPort}/metrics (a free port)`);
  }
  if (!isSet(env.SECRETS_ENCRYPTION_KEY)) {
    env.SECRETS_ENCRYPTION_KEY = DEV_ONLY_SECRETS_KEY;
    notes.push(
      'SECRETS_ENCRYPTION_KEY is not set: using the PUBLIC DEV-ONLY key so webhooks can be tried; ' +
        'webhook secrets stored with it are not protected (set your own key outside a laptop)',
    );
  }
  return { env, notes };
}
