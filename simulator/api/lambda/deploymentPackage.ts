import { sha256 } from '@noble/hashes/sha2.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { base64ToBytes, bytesToBase64 } from '../../engine/base64';
import { LambdaError } from '../../engine/lambda/lambdaErrors';

export interface DeploymentPackage {
  files: Record<string, string>;
  codeSize: number;
  /** Base64 SHA-256 of the .zip, as Lambda's CodeSha256. */
  codeSha256: string;
}

/**
 * Zips source files into a deployment package (what `zip function.zip index.mjs` makes), fixed timestamps
 * so the same sources always give the same bytes and CodeSha256.
 * @example zipPackage({ 'index.mjs': 'export const handler = async () => {}' })
 */
export function zipPackage(files: Record<string, string>): Uint8Array {
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: new Date('2026-01-01T00:00:00Z') }]]),
  );
  return zipSync(entries as Parameters<typeof zipSync>[0]);
}

/**
 * Reads a ZipFile member (base64 of a .zip) into its text files, with Lambda's wording for a file that is
 * not a zip.
 * @example readPackage(bytesToBase64(zipPackage({ 'lambda_function.py': src })))
 */
export function readPackage(zipBase64: string): DeploymentPackage {
  const bytes = base64ToBytes(zipBase64);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new LambdaError(
      'InvalidParameterValueException',
      'Could not unzip uploaded file. Please check your file, then try to upload again.',
    );
  }
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(entries)) if (!name.endsWith('/')) files[name] = strFromU8(content);
  return { files, codeSize: bytes.length, codeSha256: bytesToBase64(sha256(bytes)) };
}
