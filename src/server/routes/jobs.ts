/** Added articles' jobs: how far each has got, and how it ended. */
import type { FastifyInstance } from "fastify";
import type { AddJobs } from "../add-jobs.js";
import { HttpError } from "../http-error.js";
import { jobSchema, responses } from "../schemas.js";

export function jobRoutes(app: FastifyInstance, jobs: AddJobs): void {
  app.get<{ Params: { id: string } }>(
    "/api/jobs/:id",
    {
      schema: {
        summary:
          "an added article's job: queued, coding, storing, clustering, then done (with the article's id and events) or failed (with the reason)",
        tags: ["articles"],
        params: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
        response: responses(jobSchema),
      },
    },
    (req) => {
      const job = jobs.get(req.params.id);
      if (!job)
        throw new HttpError(
          404,
          `no job ${req.params.id}: job ids come from POST /api/articles, and only the last ${jobs.keep} finished jobs are kept`,
        );
      return job;
    },
  );
}
