import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, unwrap } from '../api/client';
import { useServices } from '../app/services';

/**
 * Sign-in: the API key is sent once to POST /v1/sessions, which answers with an HttpOnly session cookie.
 * The key is never stored in the browser; the field is cleared as soon as it was sent.
 */
export function SignInPage() {
  const services = useServices();
  const navigate = useNavigate();
  const search = useSearch({ from: '/sign-in' });
  const [apiKey, setApiKey] = useState('');
  const signIn = useMutation({
    mutationFn: (key: string) => unwrap(services.api.POST('/v1/sessions', { body: { apiKey: key } })),
    onSuccess: (session) => {
      services.queryClient.clear();
      services.sessionStore.set(session);
      services.queryClient.setQueryData(['session'], session);
      void navigate({ to: search.redirect ?? '/' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = apiKey.trim();
    setApiKey('');
    if (key) signIn.mutate(key);
  };
  const error =
    signIn.error instanceof ApiError
      ? signIn.error.detail
      : signIn.error
        ? 'The API could not be reached'
        : null;
  return (
    <main id="main" className="sign-in">
      <form className="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="brand brand-large">
          <img src="/favicon.svg" alt="" width="36" height="36" />
          <span>orgscan</span>
        </div>
        <h1 id="sign-in-title">Sign in</h1>
        <p className="muted">
          Use an orgscan API key. It is exchanged for a session and not kept by this browser; what you can do
          follows the key's role.
        </p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
          aria-describedby={error ? 'sign-in-error' : undefined}
          required
        />
        {error ? (
          <p id="sign-in-error" className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
