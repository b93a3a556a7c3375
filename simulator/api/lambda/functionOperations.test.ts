import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../engine/base64';
import { createSimulation } from '../../engine/createSimulation';
import { callApi } from '../callApi';
import { zipPackage } from './deploymentPackage';

const REQUEST = {
  FunctionName: 'lab-consumer',
  Runtime: 'nodejs22.x',
  Role: 'arn:aws:iam::000000000000:role/lab-role',
  Handler: 'index.handler',
};
const zip = zipPackage({ 'index.mjs': 'export const handler = async () => null;' });

describe('CreateFunction', () => {
  it('takes the package in Code.ZipFile, as Lambda’s API does', () => {
    const sim = createSimulation({ seed: 1 });
    const created = callApi(sim, 'CreateFunction', { ...REQUEST, Code: { ZipFile: bytesToBase64(zip) } }, 'lambda');
    expect(created).toMatchObject({ FunctionName: 'lab-consumer', CodeSize: zip.length, State: 'Pending' });
  });

  it('still reads the top-level ZipFile of command logs saved before, so saved labs replay', () => {
    const sim = createSimulation({ seed: 1 });
    expect(callApi(sim, 'CreateFunction', { ...REQUEST, ZipFile: bytesToBase64(zip) }, 'lambda')).toMatchObject({
      CodeSize: zip.length,
    });
  });

  it('asks for the code when there is none', () => {
    const sim = createSimulation({ seed: 1 });
    expect(() => callApi(sim, 'CreateFunction', REQUEST, 'lambda')).toThrow(
      'Please provide a source for function code: upload a .zip file with --zip-file fileb://function.zip.',
    );
  });
});
