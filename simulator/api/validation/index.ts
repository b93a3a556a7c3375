export { parseInput, validateInput } from './validateInput';
export { isKinesisOperation, KINESIS_OPERATIONS, OPERATION_SHAPES, type KinesisOperation } from './operationShapes';
export { inspectBase64, decodeBase64, type Base64Inspection } from './inspectBase64';
export type { Shape, StructureShape } from './shapeTypes';
