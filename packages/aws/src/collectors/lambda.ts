import { GetPolicyCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { type LambdaFunction, parsePolicyDocument } from '@orgscan/checks';
import { allPages } from '../pagination.js';
import type { RegionalCollector } from './collector.js';
import { nullWhen, readField } from './read-field.js';
import { secretShapedVariables } from './secret-shaped-env.js';

/**
 * The region's Lambda functions (ListFunctions, all pages) with their resource policies (GetPolicy).
 * Environment values are inspected here and dropped: only the names of secret-shaped variables are kept.
 */
export const lambdaFunctionsCollector: RegionalCollector<'lambda.functions'> = {
  slice: 'lambda.functions',
  async collect({ api, region }) {
    const pages = await allPages(
      (marker) => api.call(region, 'lambda', new ListFunctionsCommand({ MaxItems: 50, Marker: marker })),
      (page) => page.NextMarker,
    );
    const functions = pages
      .flatMap((page) => page.Functions ?? [])
      .flatMap((fn) => (fn.FunctionArn ? [{ ...fn, arn: fn.FunctionArn }] : []));
    return Promise.all(
      functions.map(
        async ({ arn, FunctionName: name, Environment: environment }): Promise<LambdaFunction> => ({
          arn,
          name: name ?? arn,
          secretShapedVariables: secretShapedVariables(Object.entries(environment?.Variables ?? {})),
          // A function without a resource policy answers ResourceNotFoundException.
          policy: await readField('lambda:GetPolicy', () =>
            nullWhen(['ResourceNotFoundException'], async () => {
              const output = await api.call(region, 'lambda', new GetPolicyCommand({ FunctionName: arn }));
              return output.Policy ? parsePolicyDocument(output.Policy).statements : null;
            }),
          ),
        }),
      ),
    );
  },
};
