import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../site.config.ts';
import { buildData } from '../../../views/build-data.ts';
import { documentTaskTable, taskCsv, type TaskTable } from '../../../views/task-ledger.ts';

/** /documents/<kind>/<name>/tasks.csv: a document's 任务分工表 as a file (UTF-8 with BOM, for Excel), for each document with tasks. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { ledger } = await buildData();
  const ids = [...new Set(ledger.records.map((record) => record.documentId))];
  return ids.map((id) => ({ params: { id }, props: { table: documentTaskTable(ledger, id) } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(taskCsv((props as { table: TaskTable }).table, `https://${site.domain}`), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
