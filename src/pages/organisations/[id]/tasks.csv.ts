import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../site.config.ts';
import type { OrganisationTasks } from '../../../features/tasks/ledger.ts';
import { buildData } from '../../../views/build-data.ts';
import { organisationTaskCsv } from '../../../views/task-ledger.ts';

/** /organisations/<id>/tasks.csv: every task the organisation leads or is responsible for (UTF-8 with BOM, for Excel). */
export const getStaticPaths: GetStaticPaths = async () => {
  const { ledger } = await buildData();
  return [...ledger.byOrganisation].map(([id, tasks]) => ({ params: { id }, props: { tasks } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(organisationTaskCsv((props as { tasks: OrganisationTasks }).tasks, `https://${site.domain}`), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
