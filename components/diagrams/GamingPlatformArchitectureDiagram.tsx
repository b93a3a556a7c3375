import { StreamArchitecture } from './StreamArchitecture';

/** The gaming platform: react with Data Streams, archive with Firehose. */
export function GamingPlatformArchitectureDiagram() {
  return (
    <StreamArchitecture
      id="architectures-gaming-platform"
      title="Gaming platform architecture"
      desc="Game servers write player actions into a Kinesis data stream. A Lambda function flags cheaters, a Kinesis Client Library application keeps the live leaderboard, and Amazon Data Firehose archives every event to S3 as Parquet for Athena."
      caption="The gaming platform: react within seconds from the stream, archive for the season with Firehose."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service and a thin dashed outline marks your
            code or another AWS service.
          </p>
          <p>
            Game servers write player actions to Kinesis Data Streams, keyed by player or match id, in provisioned mode.
            Three readers consume the same stream: an AWS Lambda function looks for cheating and raises flags; a Kinesis
            Client Library application updates the live leaderboard; Amazon Data Firehose converts events to Parquet and
            delivers them to Amazon S3, where Amazon Athena queries a whole season.
          </p>
        </>
      }
      source={{ label: 'Game servers', sub: 'player actions' }}
      streamLines={['key: player id', 'provisioned']}
      rows={[
        { label: 'Lambda', sub: 'anti-cheat', variant: 'other', sink: { label: 'Cheat flags' } },
        { label: 'Leaderboard', sub: 'KCL application', variant: 'other', sink: { label: 'Live board' } },
        { label: 'Data Firehose', sub: 'Parquet', variant: 'service', sink: { label: 'S3 + Athena', sub: 'season' } },
      ]}
    />
  );
}
