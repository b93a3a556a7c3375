export { KinesisFamilyDiagram } from './KinesisFamilyDiagram';
export { StreamingVsBatchDiagram } from './StreamingVsBatchDiagram';
export { FirehosePipelineDiagram } from './FirehosePipelineDiagram';
export { ChoosingServiceDiagram } from './ChoosingServiceDiagram';
export { HashKeySpaceDiagram } from './HashKeySpaceDiagram';
export { PutRecordsRetryDiagram } from './PutRecordsRetryDiagram';
