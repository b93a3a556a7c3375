/**
 * Lambda's event source mapping request and response shapes for Kinesis, as the Lambda API reference
 * (API_CreateEventSourceMapping and EventSourceMappingConfiguration) spells them. Members that only apply
 * to other event sources (Kafka, MQ, SQS) are left out.
 */
export interface DestinationConfig {
  OnFailure?: { Destination?: string };
  OnSuccess?: { Destination?: string };
}

export type MappingState = 'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting';

export interface EventSourceMappingConfiguration {
  UUID: string;
  StartingPosition: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
  /** Unix time in seconds. */
  StartingPositionTimestamp?: number;
  BatchSize: number;
  MaximumBatchingWindowInSeconds: number;
  ParallelizationFactor: number;
  EventSourceArn: string;
  FunctionArn: string;
  /** Unix time in seconds. */
  LastModified: number;
  LastProcessingResult: string;
  State: MappingState;
  StateTransitionReason: string;
  DestinationConfig: DestinationConfig;
  MaximumRecordAgeInSeconds: number;
  BisectBatchOnFunctionError: boolean;
  MaximumRetryAttempts: number;
  TumblingWindowInSeconds: number;
  FunctionResponseTypes: 'ReportBatchItemFailures'[];
}

export interface ListEventSourceMappingsResponse {
  EventSourceMappings: EventSourceMappingConfiguration[];
  NextMarker?: string;
}
