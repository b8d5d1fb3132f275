import type { ReceivedRequest, ReceiverAnswer } from './webhook-receiver.js';

export interface FakeIssue {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly labels: readonly string[];
  status: 'To Do' | 'In Progress' | 'Done';
  readonly comments: string[];
  /** Searches that still miss this issue (the search index is eventually consistent). */
  invisibleForSearches: number;
}

const CATEGORY = { 'To Do': 'new', 'In Progress': 'indeterminate', Done: 'done' } as const;
const TRANSITIONS = [
  { id: '11', name: 'To Do', to: 'To Do' },
  { id: '21', name: 'In Progress', to: 'In Progress' },
  { id: '31', name: 'Done', to: 'Done' },
] as const;

function text(document: unknown): string {
  const node = document as { text?: string; content?: unknown[] };
  return [node.text ?? '', ...(node.content ?? []).map(text)].join(' ').trim();
}

/**
 * Jira Cloud REST v3 as its documentation describes it, for one project: basic auth (email + API token,
 * else 401); POST /rest/api/3/search/jql with `project = "X" AND labels = "Y"` — eventually consistent: a
 * new issue stays invisible for `searchLag` searches unless its id is in reconcileIssues; POST
 * /rest/api/3/issue (201 {id, key, self}; 400 {errorMessages, errors} for a bad project, issue type,
 * label or description); transitions (GET lists them, POST applies one: 204, unknown id 400); comments
 * (201); GET /rest/api/3/myself. Rate limiting: 429 with Retry-After. `loseNextCreateAnswer` creates the
 * issue and then fails the answer, as a dropped connection would.
 */
export class FakeJira {
  readonly issues: FakeIssue[] = [];
  readonly searches: string[] = [];
  /** Issue ids or keys read with GET /rest/api/3/issue/{idOrKey}. */
  readonly reads: string[] = [];
  throttleNext = 0;
  searchLag = 0;
  loseNextCreateAnswer = false;

  constructor(
    private readonly email: string,
    private readonly token: string,
    private readonly projectKey: string,
  ) {}

  withLabel(label: string): FakeIssue[] {
    return this.issues.filter((issue) => issue.labels.includes(label));
  }

  readonly handle = (request: ReceivedRequest): ReceiverAnswer => {
    const expected = `Basic ${Buffer.from(`${this.email}:${this.token}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return {
        status: 401,
        body: {
          errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
        },
      };
    }
    if (this.throttleNext > 0) {
      this.throttleNext -= 1;
      return {
        status: 429,
        headers: {
          'retry-after': '1',
          'x-ratelimit-reset': new Date(Date.now() + 1000).toISOString(),
          'ratelimit-reason': 'jira-quota-based',
        },
        body: { errorMessages: ['Rate limit exceeded.'] },
      };
    }
    const body = request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
    const issueMatch = /^\/rest\/api\/3\/issue\/([A-Z][A-Z0-9_]*-\d+)\/(transitions|comment)$/.exec(
      request.path,
    );
    if (request.method === 'GET' && request.path === '/rest/api/3/myself') {
      return {
        status: 200,
        body: { accountId: '5b10a2844c20165700ede21g', emailAddress: this.email, active: true },
      };
    }
    if (request.method === 'POST' && request.path === '/rest/api/3/search/jql') return this.search(body);
    const read = /^\/rest\/api\/3\/issue\/([^/?]+)(\?.*)?$/.exec(request.path);
    if (request.method === 'GET' && read) {
      this.reads.push(read[1] as string);
      const issue = this.issues.find((candidate) => candidate.id === read[1] || candidate.key === read[1]);
      if (!issue) {
        return {
          status: 404,
          body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
        };
      }
      return {
        status: 200,
        body: {
          id: issue.id,
          key: issue.key,
          fields: { status: { name: issue.status, statusCategory: { key: CATEGORY[issue.status] } } },
        },
      };
    }
    if (request.method === 'POST' && request.path === '/rest/api/3/issue') return this.create(body);
    if (issueMatch) {
      const issue = this.issues.find((candidate) => candidate.key === issueMatch[1]);
      if (!issue)
        return {
          status: 404,
          body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
        };
      if (issueMatch[2] === 'comment' && request.method === 'POST') {
        issue.comments.push(text(body.body));
        return { status: 201, body: { id: String(issue.comments.length) } };
      }
      if (issueMatch[2] === 'transitions' && request.method === 'GET') {
        return {
          status: 200,
          body: {
            transitions: TRANSITIONS.filter((transition) => transition.to !== issue.status).map(
              (transition) => ({
                id: transition.id,
                name: transition.name,
                to: { name: transition.to, statusCategory: { key: CATEGORY[transition.to] } },
              }),
            ),
          },
        };
      }
      if (issueMatch[2] === 'transitions' && request.method === 'POST') {
        const wanted = TRANSITIONS.find(
          (transition) => transition.id === (body.transition as { id?: string })?.id,
        );
        if (!wanted) return { status: 400, body: { errorMessages: ['Transition id is not valid.'] } };
        issue.status = wanted.to;
        return { status: 204 };
      }
    }
    return { status: 404, body: { errorMessages: ['Not found'] } };
  };

  private search(body: Record<string, unknown>): ReceiverAnswer {
    const jql = String(body.jql ?? '');
    this.searches.push(jql);
    const match = /^project = "([^"]+)" AND labels = "([^"]+)"/.exec(jql);
    if (!match) return { status: 400, body: { errorMessages: [`Error in the JQL Query: ${jql}`] } };
    if (match[1] !== this.projectKey) {
      return {
        status: 400,
        body: { errorMessages: [`The value '${match[1]}' does not exist for the field 'project'.`] },
      };
    }
    const found = this.withLabel(match[2] as string).filter((issue) => {
      const visible = issue.invisibleForSearches <= 0;
      issue.invisibleForSearches -= 1;
      return visible;
    });
    return {
      status: 200,
      body: {
        issues: found.map((issue) => ({
          id: issue.id,
          key: issue.key,
          fields: { status: { name: issue.status, statusCategory: { key: CATEGORY[issue.status] } } },
        })),
        isLast: true,
      },
    };
  }

  private create(body: Record<string, unknown>): ReceiverAnswer {
    const fields = body.fields as Record<string, unknown> | undefined;
    const errors: Record<string, string> = {};
    if ((fields?.project as { key?: string })?.key !== this.projectKey)
      errors.project = 'valid project is required';
    if (!(fields?.issuetype as { name?: string })?.name) errors.issuetype = 'valid issue type is required';
    if (typeof fields?.summary !== 'string' || fields.summary.length === 0 || fields.summary.length > 255) {
      errors.summary = 'You must specify a summary of the issue.';
    }
    const labels = fields?.labels as unknown[] | undefined;
    if (!Array.isArray(labels) || labels.some((label) => typeof label !== 'string' || /\s/.test(label))) {
      errors.labels = 'The label must not contain spaces.';
    }
    if ((fields?.description as { type?: string })?.type !== 'doc')
      errors.description = 'Operation value must be an Atlassian Document.';
    if (Object.keys(errors).length > 0) return { status: 400, body: { errorMessages: [], errors } };
    const number = this.issues.length + 1;
    const issue: FakeIssue = {
      id: String(10_000 + number),
      key: `${this.projectKey}-${number}`,
      summary: fields?.summary as string,
      labels: labels as string[],
      status: 'To Do',
      comments: [],
      invisibleForSearches: this.searchLag,
    };
    this.issues.push(issue);
    if (this.loseNextCreateAnswer) {
      this.loseNextCreateAnswer = false;
      return { status: 502, body: 'Bad Gateway' };
    }
    return { status: 201, body: { id: issue.id, key: issue.key, self: `/rest/api/3/issue/${issue.id}` } };
  }
}
