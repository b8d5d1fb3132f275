import type { FindingEventData, JiraSettings, TicketRef } from '@orgscan/core';
import {
  type DeliveryAdapter,
  type DeliveryContext,
  type DeliveryResult,
  resultOf,
  UndeliverableError,
} from './delivery-adapter.js';
import { findingPayload } from './event-payloads.js';
import { USER_AGENT } from './generic-adapter.js';
import type { HttpResponse } from './safe-http-client.js';

/** A Jira answer that ends the attempt (failure, or a rate limit), carried out of the step sequence. */
class StepFailed extends Error {
  constructor(readonly result: DeliveryResult) {
    super('jira step failed');
  }
}

interface JiraIssue {
  readonly id: string;
  readonly key: string;
  readonly done: boolean;
}

interface Transition {
  readonly id: string;
  readonly name: string;
  readonly to?: { readonly statusCategory?: { readonly key?: string } };
}

/** The label that finds a finding's issue: one issue per finding, whatever retries or rescans happen. */
export function fingerprintLabel(fingerprint: string): string {
  return `orgscan-${fingerprint}`;
}

/** Atlassian Document Format: one paragraph per line. */
function adf(lines: readonly string[]) {
  return {
    type: 'doc',
    version: 1,
    content: lines
      .filter((line) => line.length > 0)
      .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

function issueFields(jira: JiraSettings, event: FindingEventData) {
  const finding = findingPayload(event);
  return {
    project: { key: jira.projectKey },
    issuetype: { name: jira.issueType },
    summary: `[${event.severity}] ${finding.checkTitle}: ${event.resourceId}`.slice(0, 250),
    labels: ['orgscan', fingerprintLabel(event.fingerprint)],
    description: adf([
      `${finding.checkTitle} (${event.checkId}) fails for ${event.resourceId}.`,
      `Account ${event.accountName ?? ''} ${event.accountId}${event.ouPath ? ` in ${event.ouPath}` : ''}, region ${event.region}.`,
      event.message ?? '',
      finding.remediation ? `Remediation: ${finding.remediation.text} ${finding.remediation.url}` : '',
      `orgscan finding ${event.fingerprint}, scan ${event.scanId}.`,
    ]),
  };
}

/**
 * Jira Cloud REST v3, one issue per finding, found again by the label `orgscan-<fingerprint>`:
 *
 * - finding.opened / finding.reopened: the issue is read by the id stored when it was created, else
 *   searched by label (JQL), and created only when there is none — a create retried after a lost answer
 *   finds the first issue instead of opening a second. A regression or an expired mute on an existing
 *   issue moves it out of done (when the workflow offers a transition) and comments.
 * - finding.resolved: the issue is transitioned to a done status, with a comment.
 * - ping: GET /rest/api/3/myself checks the credentials.
 *
 * Basic auth with the account email and API token; 429 honours Retry-After; 400 is not retried.
 */
export const jiraAdapter: DeliveryAdapter = {
  async deliver(context: DeliveryContext): Promise<DeliveryResult> {
    const { webhook, delivery } = context;
    const jira = webhook.jira;
    if (!jira) throw new UndeliverableError(`webhook ${webhook.id} has no Jira settings`);
    const base = webhook.url.replace(/\/+$/, '');
    const authorization = `Basic ${Buffer.from(`${jira.email}:${context.secret}`).toString('base64')}`;

    const call = async (method: string, path: string, body?: unknown, permanent: number[] = [400]) => {
      const response: HttpResponse = await context.http.request(`${base}${path}`, {
        method,
        headers: {
          authorization,
          accept: 'application/json',
          'user-agent': USER_AGENT,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const result = resultOf(response, context.now(), permanent);
      if (result.kind !== 'delivered') throw new StepFailed(result);
      return { status: response.status, json: response.body ? (JSON.parse(response.body) as unknown) : null };
    };

    const known = delivery.ticketRefs.find((ref) => ref.webhookId === webhook.id && ref.system === 'jira');

    const statusOf = (fields: Record<string, unknown> | undefined) =>
      (fields?.status as { statusCategory?: { key?: string } } | undefined)?.statusCategory?.key === 'done';

    /**
     * The finding's issue: read by the id we stored when we created it (strongly consistent), else found
     * by its label (search is eventually consistent, which is why the stored id comes first).
     */
    const findIssue = async (fingerprint: string): Promise<JiraIssue | null> => {
      if (known?.id && /^\d+$/.test(known.id)) {
        try {
          const { json } = await call('GET', `/rest/api/3/issue/${known.id}?fields=status`, undefined, [400]);
          const issue = json as { id: string; key: string; fields?: Record<string, unknown> };
          return { id: issue.id, key: issue.key, done: statusOf(issue.fields) };
        } catch (error) {
          // Deleted in Jira (404): look for another issue of the finding, or create one.
          if (!(error instanceof StepFailed && error.result.statusCode === 404)) throw error;
        }
      }
      const { json } = await call('POST', '/rest/api/3/search/jql', {
        jql: `project = "${jira.projectKey}" AND labels = "${fingerprintLabel(fingerprint)}" ORDER BY created ASC`,
        fields: ['status'],
        maxResults: 5,
      });
      const issue = (json as { issues?: { id: string; key: string; fields?: Record<string, unknown> }[] })
        .issues?.[0];
      return issue ? { id: issue.id, key: issue.key, done: statusOf(issue.fields) } : null;
    };

    const transitionTo = async (issue: JiraIssue, done: boolean): Promise<boolean> => {
      const { json } = await call('GET', `/rest/api/3/issue/${issue.key}/transitions`);
      const transitions = (json as { transitions?: Transition[] }).transitions ?? [];
      const target = transitions
        .filter((transition) => (transition.to?.statusCategory?.key === 'done') === done)
        .sort(
          (a, b) => Number(b.to?.statusCategory?.key === 'new') - Number(a.to?.statusCategory?.key === 'new'),
        )[0];
      if (!target) return false;
      await call('POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: target.id } });
      return true;
    };

    const comment = (issue: JiraIssue, lines: readonly string[]) =>
      call('POST', `/rest/api/3/issue/${issue.key}/comment`, { body: adf(lines) });

    const ref = (issue: JiraIssue, state: TicketRef['state']): TicketRef => ({
      webhookId: webhook.id,
      system: 'jira',
      key: issue.key,
      id: issue.id,
      url: `${base}/browse/${issue.key}`,
      state,
      updatedAt: context.now().toISOString(),
    });

    try {
      if (delivery.eventType === 'webhook.test') {
        const { status } = await call('GET', '/rest/api/3/myself');
        return { kind: 'delivered', statusCode: status };
      }
      const event = delivery.finding;
      if (!event) throw new UndeliverableError(`delivery ${delivery.id} has no finding event`);
      const existing = await findIssue(event.fingerprint);

      if (event.type === 'finding.resolved') {
        if (!existing) return { kind: 'delivered', statusCode: 200 };
        if (!existing.done) {
          await comment(existing, [
            `Resolved: orgscan found ${event.resourceId} compliant (scan ${event.scanId}).`,
          ]);
          if (!(await transitionTo(existing, true))) {
            return {
              kind: 'rejected',
              statusCode: null,
              error: `issue ${existing.key} has no transition to a done status`,
            };
          }
        }
        return { kind: 'delivered', statusCode: 204, ticket: ref(existing, 'resolved') };
      }

      if (!existing) {
        const { status, json } = await call(
          'POST',
          '/rest/api/3/issue',
          { fields: issueFields(jira, event) },
          [400, 404],
        );
        const created = json as { id: string; key: string };
        return { kind: 'delivered', statusCode: status, ticket: ref({ ...created, done: false }, 'open') };
      }
      // The issue exists: a retried create found it (nothing to add), or the finding failed again.
      if (event.change === 'new')
        return { kind: 'delivered', statusCode: 200, ticket: ref(existing, 'open') };
      if (existing.done) await transitionTo(existing, false);
      const why =
        event.change === 'reopened'
          ? 'its mute expired and it still fails'
          : `it fails again after having been resolved (was ${event.previousStatus ?? 'gone'})`;
      await comment(existing, [`Reopened by orgscan: ${why} (scan ${event.scanId}).`, event.message ?? '']);
      return { kind: 'delivered', statusCode: 201, ticket: ref(existing, 'open') };
    } catch (error) {
      if (error instanceof StepFailed) return error.result;
      throw error;
    }
  },
};
