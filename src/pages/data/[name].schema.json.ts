import type { APIRoute } from 'astro';
import { z } from 'zod';
import { dataFileNames, dataFiles, type DataFileName } from '../../schemas/index.ts';

// /data/<name>.schema.json: the JSON Schema of /data/<name>.json, generated from its zod schema.
export function getStaticPaths() {
  return dataFileNames.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const schema = z.toJSONSchema(dataFiles[params.name as DataFileName], { io: 'output', target: 'draft-2020-12' });
  return new Response(`${JSON.stringify({ ...schema, title: `/data/${params.name}.json` }, null, 1)}\n`, { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
