import type * as Lambda from '@aws-sdk/client-lambda';
import { simulatedError } from '../simulated-error.js';
import { dataRegion } from '../state/area-state.js';
import { boundedPageSize, page } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Lambda>> = SimulatedAnswer<typeof Lambda, Op>;

function functionArn({ caller, region }: SimulatedRequest, name: string): string {
  return `arn:aws:lambda:${region}:${caller.id}:function:${name}`;
}

/** Simulated Lambda: the functions of each region (`services.data.regions.<region>.functions`). */
export const simulatedLambda = {
  ListFunctions: (request): Answer<'ListFunctions'> => {
    const functions = dataRegion(request.caller, request.region).functions ?? [];
    const size = Math.min(boundedPageSize(request.input.MaxItems, 50, 1, 10_000, 'MaxItems'), 50);
    const { items, next } = page(functions, request.input.Marker, size);
    return {
      Functions: items.map((fn) => ({
        FunctionName: fn.name,
        FunctionArn: functionArn(request, fn.name),
        Runtime: (fn.runtime ?? 'nodejs20.x') as Lambda.Runtime,
        PackageType: 'Zip',
        Role: `arn:aws:iam::${request.caller.id}:role/${fn.name}-role`,
        ...(fn.environment ? { Environment: { Variables: { ...fn.environment } } } : {}),
      })),
      ...(next ? { NextMarker: next } : {}),
    };
  },
  /** Lambda takes a name or an ARN; a function without a policy answers like a missing one. */
  GetPolicy: (request): Answer<'GetPolicy'> => {
    const wanted = String(request.input.FunctionName ?? '');
    const fn = (dataRegion(request.caller, request.region).functions ?? []).find(
      (candidate) => candidate.name === wanted || functionArn(request, candidate.name) === wanted,
    );
    if (!fn?.policy) {
      throw simulatedError('ResourceNotFoundException', 'The resource you requested does not exist.', 404);
    }
    return { Policy: JSON.stringify(fn.policy), RevisionId: `${fn.name}-1` };
  },
} satisfies SimulatedService<typeof Lambda>;
