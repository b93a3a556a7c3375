# Invoked by Firehose with a batch of buffered records. Every record must come back with its recordId,
# a result (Ok, Dropped or ProcessingFailed) and, for Ok, the data to deliver, base64-encoded.
def lambda_handler(event, context):
    print(f"Transforming {len(event['records'])} record(s)")
    records = [
        {"recordId": record["recordId"], "result": "Ok", "data": record["data"]}
        for record in event["records"]
    ]
    return {"records": records}
