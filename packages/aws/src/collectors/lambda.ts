import { GetPolicyCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { type LambdaFunction, parsePolicyDocument } from '@orgscan/checks';
import type { RegionalCollector } from './collector.js';
import { collectList } from './list-collector.js';
import { nullWhen, readField } from './read-field.js';
import { secretShapedVariables } from './secret-shaped-env.js';

/**
 * The region's Lambda functions (ListFunctions, all pages) with their resource policies (GetPolicy).
 * Environment values are inspected here and dropped: only the names of secret-shaped variables are kept.
 */
export const lambdaFunctionsCollector: RegionalCollector<'lambda.functions'> = {
  slice: 'lambda.functions',
  collect: ({ api, region }) =>
    collectList({
      listPage: (marker) =>
        api.call(region, 'lambda', new ListFunctionsCommand({ MaxItems: 50, Marker: marker })),
      nextToken: (page) => page.NextMarker,
      items: (page) => page.Functions,
      entry: async ({
        FunctionArn: arn,
        FunctionName: name,
        Environment: environment,
        Runtime: runtime,
        PackageType: packageType,
      }) => {
        if (!arn) return null;
        const fn: LambdaFunction = {
          arn,
          name: name ?? arn,
          runtime: runtime ?? null,
          // ListFunctions omits PackageType for functions created before container images existed: Zip.
          packageType: packageType === 'Image' ? 'Image' : 'Zip',
          secretShapedVariables: secretShapedVariables(Object.entries(environment?.Variables ?? {})),
          // A function without a resource policy answers ResourceNotFoundException.
          policy: await readField('lambda:GetPolicy', () =>
            nullWhen(['ResourceNotFoundException'], async () => {
              const output = await api.call(region, 'lambda', new GetPolicyCommand({ FunctionName: arn }));
              return output.Policy ? parsePolicyDocument(output.Policy).statements : null;
            }),
          ),
        };
        return fn;
      },
    }),
};
