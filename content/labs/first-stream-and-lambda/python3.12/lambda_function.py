import base64


# Invoked by Lambda with a batch of Kinesis records (up to the mapping's batch size).
def lambda_handler(event, context):
    print(f"Received {len(event['Records'])} record(s)")
    for record in event["Records"]:
        payload = record["kinesis"]
        # payload["data"] is the record's payload, base64-encoded.
        print(payload["partitionKey"], payload["sequenceNumber"], payload["data"])
    return {"batchItemFailures": []}
