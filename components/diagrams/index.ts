export { KinesisFamilyDiagram } from './KinesisFamilyDiagram';
export { StreamingVsBatchDiagram } from './StreamingVsBatchDiagram';
