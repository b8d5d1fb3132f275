import { GetAlternateContactCommand } from '@aws-sdk/client-account';
import type { AccountSecurityContact } from '@orgscan/checks';
import { AwsCallError } from '../aws-error.js';
import type { GlobalCollector } from './collector.js';

const NO_CONTACT: AccountSecurityContact = { registered: false, emailDomain: null };

/** The domain of an e-mail address, lower-case; the rest of the address is personal data and is dropped. */
function emailDomain(address: string | undefined): string | null {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at < 0 || at === address.length - 1) return null;
  return address.slice(at + 1).toLowerCase();
}

export const accountSecurityContactCollector: GlobalCollector<'account.securityContact'> = {
  slice: 'account.securityContact',
  async collect({ api, region }) {
    try {
      const { AlternateContact: contact } = await api.call(
        region,
        'account',
        new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }),
      );
      if (!contact) return NO_CONTACT;
      return { registered: true, emailDomain: emailDomain(contact.EmailAddress) };
    } catch (error) {
      // AWS answers ResourceNotFoundException when no contact of the type is registered: a fact, not a failure.
      if (error instanceof AwsCallError && error.code === 'ResourceNotFoundException') return NO_CONTACT;
      throw error;
    }
  },
};
