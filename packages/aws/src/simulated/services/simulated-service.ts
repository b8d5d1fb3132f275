import type { AwsCommand } from '../../transport/aws-transport.js';
import type { SimulatedAccount, SimulatedOrg } from '../org-description.js';

/** One call to the simulated AWS: who calls, where, with the SDK command's input. */
export interface SimulatedRequest<Input = unknown> {
  readonly org: SimulatedOrg;
  /** The account whose credentials made the call. */
  readonly caller: SimulatedAccount;
  readonly region: string;
  readonly input: Input;
  readonly now: Date;
}

// biome-ignore lint/suspicious/noExplicitAny: only the constructed command is compared, not the parameters
type CommandClass<C> = abstract new (...args: any[]) => C;
type CommandOutput<T> = T extends CommandClass<AwsCommand<infer Output>> ? Output : never;
type CommandInput<T> = T extends CommandClass<{ readonly input: infer Input }> ? Input : never;

/**
 * The operations of an SDK client package (`typeof import('@aws-sdk/client-sqs')`): the name of every
 * exported `<Op>Command` class that is an SDK command.
 */
export type SimulatedOperation<Sdk> = keyof {
  [K in keyof Sdk as K extends `${infer Op}Command`
    ? Op extends `$${string}`
      ? never
      : [CommandOutput<Sdk[K]>] extends [never]
        ? never
        : Op
    : never]: true;
};

/** What the simulator answers for `Op`: the SDK's own output type, without the response metadata. */
export type SimulatedAnswer<Sdk, Op extends SimulatedOperation<Sdk>> = Omit<
  CommandOutput<Sdk[`${Op & string}Command` & keyof Sdk]>,
  '$metadata'
>;

/** The SDK's own input type of `Op`. */
export type SimulatedInput<Sdk, Op extends SimulatedOperation<Sdk>> = CommandInput<
  Sdk[`${Op & string}Command` & keyof Sdk]
>;

/**
 * The simulated operations of one AWS service, typed against its SDK package: a handler for an operation
 * the service does not have, or an answer with a wrong field type, does not compile. Handlers declare
 * their answer type (`(request): Answer<'ListQueues'> => ...`) so a misspelt field name is refused too.
 * An operation without a handler is answered with an error that names it.
 */
export type SimulatedService<Sdk> = {
  readonly [Op in SimulatedOperation<Sdk>]?: (
    request: SimulatedRequest<SimulatedInput<Sdk, Op>>,
  ) => SimulatedAnswer<Sdk, Op>;
};

/** A simulated service as the transport dispatches to it, by operation name. */
export type SimulatedHandlers = Readonly<Record<string, (request: SimulatedRequest<never>) => object>>;
