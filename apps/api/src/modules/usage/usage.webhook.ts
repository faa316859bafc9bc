import express, { type Request, type Response, type Router } from 'express';
import { DomainError } from '../../platform/errors/domain-error';
import type { ServersService } from '../servers';
import { MAX_SAMPLES_PER_REQUEST } from './ingest.policy';
import type { UsageIngestService } from './usage-ingest.service';

/**
 * POST /api/traffic/webhook — for traffic sources that can't speak GraphQL (the Xpert payload).
 * Body: one sample, an array, or NDJSON. Answered only after the samples are committed.
 */
export function trafficWebhook(servers: ServersService, ingest: UsageIngestService): Router {
  const router = express.Router();
  router.post(
    '/api/traffic/webhook',
    express.text({ type: () => true, limit: '16mb' }),
    async (req: Request, res: Response) => {
      const server = await servers.byToken(req.header('x-server-token'));
      if (!server) return void res.status(401).json({ error: 'A valid X-Server-Token header is required' });
      const samples = parseBody(typeof req.body === 'string' ? req.body : '', req.header('content-type') ?? '');
      if (samples === null) return void res.status(400).json({ error: 'The body is not JSON, a JSON array or NDJSON' });
      if (samples.length > MAX_SAMPLES_PER_REQUEST) {
        return void res.status(413).json({ error: `At most ${MAX_SAMPLES_PER_REQUEST} samples per request` });
      }
      try {
        res.json(await ingest.ingest(server.id, samples));
      } catch (err) {
        if (err instanceof DomainError && err.code === 'UNAVAILABLE') {
          return void res.status(503).set('Retry-After', '60').json({ error: err.message });
        }
        if (err instanceof DomainError) return void res.status(400).json({ error: err.message });
        throw err;
      }
    },
  );
  return router;
}

/** NDJSON lines that don't parse become samples that fail validation (reported by index), not a 400. */
function parseBody(body: string, contentType: string): unknown[] | null {
  if (contentType.includes('ndjson') || contentType.includes('jsonl')) {
    const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) return null;
    return lines.map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return 'unparseable line';
      }
    });
  }
  try {
    const parsed: unknown = JSON.parse(body);
    if (Array.isArray(parsed)) return parsed;
    return parsed !== null && typeof parsed === 'object' ? [parsed] : null;
  } catch {
    return null;
  }
}
