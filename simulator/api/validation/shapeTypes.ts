/**
 * The vocabulary of the Kinesis API model (botocore's `service-2.json`), as TypeScript data. A request
 * shape is a tree of these; the validator walks it and never needs per-operation code.
 *
 * Only the constraint traits Kinesis uses are modelled: `min`/`max` (length for strings, blobs, lists
 * and maps; value for integers), `pattern` (a Java regular expression, printed verbatim in messages)
 * and `enum`.
 */

export interface StringShape {
  readonly type: 'string';
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  /** In the order AWS prints it in "Member must satisfy enum value set: [...]". */
  readonly enum?: readonly string[];
}

export interface IntegerShape {
  readonly type: 'integer';
  readonly min?: number;
  readonly max?: number;
}

export interface BooleanShape {
  readonly type: 'boolean';
}

/** Epoch seconds (a JSON number) in the AWS JSON 1.1 protocol. */
export interface TimestampShape {
  readonly type: 'timestamp';
}

/** Base64 text on the wire; `min`/`max` apply to the decoded bytes. */
export interface BlobShape {
  readonly type: 'blob';
  readonly min?: number;
  readonly max?: number;
}

export interface ListShape {
  readonly type: 'list';
  readonly member: Shape;
  readonly min?: number;
  readonly max?: number;
}

export interface MapShape {
  readonly type: 'map';
  readonly key: StringShape;
  readonly value: StringShape;
  readonly min?: number;
  readonly max?: number;
}

export interface StructureShape {
  readonly type: 'structure';
  /** The model's shape name; AWS prints list entries as `com.amazonaws.kinesis.v20131202.<name>@<hash>`. */
  readonly name: string;
  /** Member order is the order AWS reports validation errors in (see operationShapes.ts). */
  readonly members: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
}

export type Shape =
  | StringShape
  | IntegerShape
  | BooleanShape
  | TimestampShape
  | BlobShape
  | ListShape
  | MapShape
  | StructureShape;

/** Shapes whose values are checked as a whole (list members and map keys/values of these kinds). */
export type ScalarShape = StringShape | IntegerShape | BooleanShape | TimestampShape | BlobShape;
