/** Drops a checked upload the shipper chose not to store; false when the server refused. */
export async function discardUpload(uploadId: string): Promise<boolean> {
  const response = await fetch(`/api/uploads/${uploadId}`, { method: 'DELETE' });
  return response.ok;
}
