import type { AwsTransport } from '@orgscan/aws';

/**
 * Wraps a transport to observe how many member accounts are being scanned at once (sessions opened with a
 * member identity and not closed yet), the most seen, and how many requests were sent.
 */
export function countingMemberSessions(inner: AwsTransport): {
  transport: AwsTransport;
  maxOpen(): number;
  /** AWS requests sent so far, by any identity. */
  requestsSent(): number;
} {
  let open = 0;
  let max = 0;
  let sent = 0;
  return {
    maxOpen: () => max,
    requestsSent: () => sent,
    transport: {
      openSession(identity) {
        const opened = inner.openSession(identity);
        const session: typeof opened = {
          send: (region, service, command) => {
            sent += 1;
            return opened.send(region, service, command);
          },
          close: () => opened.close(),
        };
        if (identity.accountId === null) return session;
        open += 1;
        max = Math.max(max, open);
        let closed = false;
        return {
          send: (region, service, command) => session.send(region, service, command),
          close() {
            if (!closed) {
              closed = true;
              open -= 1;
            }
            session.close();
          },
        };
      },
    },
  };
}
