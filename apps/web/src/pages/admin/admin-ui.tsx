import { ApiError } from '../../api/client';

export function ActionError(props: { error: unknown }) {
  if (!props.error) return null;
  return (
    <p className="form-error" role="alert">
      {props.error instanceof ApiError ? props.error.detail : 'The action failed'}
    </p>
  );
}
