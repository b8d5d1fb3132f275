/**
 * The account's SECURITY alternate contact (account:GetAlternateContact). Only whether it exists and the
 * domain of its e-mail address are kept: names, phone numbers and the address itself are personal data
 * the checks do not need.
 */
export interface AccountSecurityContact {
  readonly registered: boolean;
  /** Lower-case domain of the contact's e-mail address; null when there is no contact or no address. */
  readonly emailDomain: string | null;
}
