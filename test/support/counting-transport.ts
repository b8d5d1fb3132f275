import type { AwsTransport } from '@orgscan/aws';

/**
 * Wraps a transport to observe how many member accounts are being scanned at once (sessions opened with a
 * member identity and not closed yet), and the most seen.
 */
export function countingMemberSessions(inner: AwsTransport): { transport: AwsTransport; maxOpen(): number } {
  let open = 0;
  let max = 0;
  return {
    maxOpen: () => max,
    transport: {
      openSession(identity) {
        const session = inner.openSession(identity);
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
