import type * as Sts from '@aws-sdk/client-sts';
import { simulatedError } from '../simulated-error.js';
import type { SimulatedAnswer, SimulatedOperation, SimulatedService } from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Sts>> = SimulatedAnswer<typeof Sts, Op>;

/** Simulated session keys name the account they belong to, so every later call is made "as" that account. */
export const SIMULATED_KEY_PREFIX = 'ASIASIM';

/** Simulated STS: role assumption into the organization's accounts, as the description allows it. */
export const simulatedSts = {
  GetCallerIdentity: ({ caller }): Answer<'GetCallerIdentity'> => ({
    Account: caller.id,
    Arn: `arn:aws:sts::${caller.id}:assumed-role/simulated/orgscan`,
    UserId: 'AROASIMULATED:orgscan',
  }),
  AssumeRole: ({ org, input, now }): Answer<'AssumeRole'> => {
    const roleArn: string = input.RoleArn ?? '';
    const match = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(roleArn);
    const target = match ? org.accounts.find((account) => account.id === match[1]) : undefined;
    const denied = () =>
      simulatedError(
        'AccessDenied',
        `User is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        403,
      );
    if (!match || !target || target.state !== 'ACTIVE') throw denied();
    if (match[2] !== org.memberRoleName || !target.roleAssumable) throw denied();
    if (org.externalId !== null && input.ExternalId !== org.externalId) throw denied();
    const durationSeconds: number = input.DurationSeconds ?? 3600;
    return {
      Credentials: {
        AccessKeyId: `${SIMULATED_KEY_PREFIX}${target.id}`,
        SecretAccessKey: 'simulated-secret-access-key',
        SessionToken: `simulated-session-${input.RoleSessionName}`,
        Expiration: new Date(now.getTime() + durationSeconds * 1000),
      },
      AssumedRoleUser: {
        Arn: `arn:aws:sts::${target.id}:assumed-role/${match[2]}/${input.RoleSessionName}`,
        AssumedRoleId: `AROASIM${target.id}:${input.RoleSessionName}`,
      },
    };
  },
} satisfies SimulatedService<typeof Sts>;
