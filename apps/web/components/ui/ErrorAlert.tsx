import { errorTitle } from '@/lib/graphql/errors';

/** An API error shown inline: a title from `extensions.code`, the API's message, and the code. */
export function ErrorAlert({ code, message, title }: { code?: string | null; message: string; /** Overrides the title the code gives. */ title?: string }) {
  return (
    <div className="alert" role="alert" data-testid="error-alert">
      <div>
        <strong>{title ?? (code ? errorTitle(code) : 'Error')}</strong>
        {code && <span className="code">{code}</span>}
        <div>{message}</div>
      </div>
    </div>
  );
}
