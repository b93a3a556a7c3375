import { zipPackage } from '@/simulator/api/lambda/deploymentPackage';
import { bytesToBase64 } from '@/simulator/engine/base64';
import type { SimCommand } from '@/simulator/engine/commands';
import type { SimState } from '@/simulator/engine/types';
import type { LabRuntime } from '@/lib/lab/sandbox/sandboxTypes';

/** The handler each runtime's starter uses (as the Lambda console's defaults). */
export const DEFAULT_HANDLER: Record<LabRuntime, string> = {
  'nodejs22.x': 'index.handler',
  'python3.12': 'lambda_function.lambda_handler',
};

export const RUNTIME_LABEL: Record<LabRuntime, string> = {
  'nodejs22.x': 'Node.js 22',
  'python3.12': 'Python 3.12',
};

/** The execution role the lab's examples use (IAM is not simulated: any well-formed role ARN is accepted). */
export const labRole = (sim: SimState) => `arn:aws:iam::${sim.account}:role/lab-lambda-role`;

/**
 * The Lambda API calls that deploy the editor's files, and the AWS CLI command that does the same (shown
 * to the learner, so the console and the button teach one thing): CreateFunction the first time, then
 * UpdateFunctionCode (after UpdateFunctionConfiguration when the runtime changed).
 * @example deployCommands(sim, 'lab-consumer', 'nodejs22.x', { 'index.mjs': source })
 */
export function deployCommands(
  sim: SimState,
  functionName: string,
  runtime: LabRuntime,
  files: Record<string, string>,
): { commands: SimCommand[]; cli: string } {
  const ZipFile = bytesToBase64(zipPackage(files));
  const existing = sim.lambda?.functions.find((f) => f.config.name === functionName);
  const call = (operation: string, input: Record<string, unknown>): SimCommand => ({
    type: 'lambda/call',
    operation,
    input,
  });
  if (!existing)
    return {
      commands: [
        call('CreateFunction', {
          FunctionName: functionName,
          Runtime: runtime,
          Role: labRole(sim),
          Handler: DEFAULT_HANDLER[runtime],
          Code: { ZipFile },
        }),
      ],
      cli: `aws lambda create-function --function-name ${functionName} --runtime ${runtime} --role ${labRole(sim)} --handler ${DEFAULT_HANDLER[runtime]} --zip-file fileb://function.zip`,
    };
  const commands: SimCommand[] = [];
  let cli = '';
  if (existing.config.code && existing.config.code.runtime !== runtime) {
    commands.push(
      call('UpdateFunctionConfiguration', {
        FunctionName: functionName,
        Runtime: runtime,
        Handler: DEFAULT_HANDLER[runtime],
      }),
    );
    cli = `aws lambda update-function-configuration --function-name ${functionName} --runtime ${runtime} --handler ${DEFAULT_HANDLER[runtime]}\n`;
  }
  commands.push(call('UpdateFunctionCode', { FunctionName: functionName, ZipFile }));
  return {
    commands,
    cli: `${cli}aws lambda update-function-code --function-name ${functionName} --zip-file fileb://function.zip`,
  };
}
