/**
 * Judges the shape of an account's root e-mail address (checklist item 1): it should be a mailbox the
 * organization controls and that outlives any one employee — a role alias or distribution list on a
 * corporate domain. Plus-addressing (aws+prod@corp.example) is fine: it is how one list serves many accounts.
 */

/** Consumer mail providers: addresses there belong to individuals, not to the organization. */
const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  '126.com',
  '163.com',
  'aol.com',
  'fastmail.com',
  'gmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'googlemail.com',
  'hey.com',
  'hotmail.co.uk',
  'hotmail.com',
  'hotmail.fr',
  'icloud.com',
  'live.com',
  'mac.com',
  'mail.com',
  'mail.ru',
  'me.com',
  'msn.com',
  'outlook.com',
  'pm.me',
  'proton.me',
  'protonmail.com',
  'qq.com',
  'tuta.io',
  'tutanota.com',
  'web.de',
  'yahoo.co.jp',
  'yahoo.co.uk',
  'yahoo.com',
  'yahoo.fr',
  'yandex.com',
  'yandex.ru',
  'ymail.com',
  'zoho.com',
]);

/** Words that make a dotted mailbox a role or team alias (cloud.ops, aws.root) rather than a person's name. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'account',
  'accounts',
  'admin',
  'admins',
  'alerts',
  'audit',
  'aws',
  'billing',
  'cloud',
  'dev',
  'devops',
  'eng',
  'engineering',
  'finance',
  'group',
  'infra',
  'it',
  'log',
  'logs',
  'management',
  'mgmt',
  'network',
  'noreply',
  'ops',
  'org',
  'owners',
  'platform',
  'prod',
  'production',
  'root',
  'sandbox',
  'sec',
  'secops',
  'security',
  'shared',
  'staging',
  'support',
  'team',
  'test',
]);

export interface RootEmailShape {
  readonly domain: string;
  readonly plusAddressed: boolean;
  readonly freeMailDomain: boolean;
  /** first.last, first_last, f.m.last: alphabetic words joined by dots or underscores, none a role word. */
  readonly looksLikePersonName: boolean;
}

/** null when the text is not an e-mail address. */
export function rootEmailShape(email: string): RootEmailShape | null {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  const local = email.slice(0, at).toLowerCase();
  const domain = email.slice(at + 1).toLowerCase();
  const mailbox = local.split('+')[0] ?? local;
  const words = mailbox.split(/[._]/);
  return {
    domain,
    plusAddressed: local.includes('+'),
    freeMailDomain: FREE_MAIL_DOMAINS.has(domain),
    looksLikePersonName:
      words.length >= 2 &&
      words.length <= 3 &&
      words.every((word) => /^[a-z]+$/.test(word)) &&
      !words.some((word) => ROLE_WORDS.has(word)),
  };
}
