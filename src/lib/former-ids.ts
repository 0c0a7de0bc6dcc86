/** The addresses records had before a rule renamed them (`formerIds`), each with its record. */
export function formerAddresses<R extends { id: string; formerIds?: string[] | undefined }>(
  records: R[],
): { former: string; record: R }[] {
  return records.flatMap((record) => (record.formerIds ?? []).map((former) => ({ former, record })));
}
