/** The answer shapes 3x-ui's controllers write (web/controller/util.go, web/entity/entity.go). */
import type { SimResponse } from '../http-sim';
import { goJson } from './models';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** entity.Msg `{success, msg, obj}` on HTTP 200 (or the status pureJsonMsg was given). */
export const envelope = (success: boolean, msg: string, obj: unknown = null, status = 200, headers: Record<string, string | string[]> = {}): SimResponse => ({
  status,
  body: goJson({ success, msg, obj }),
  headers: { ...JSON_TYPE, ...headers },
});

/** gin.H answers: a Go map, so the keys come out sorted. */
export const ginH = (obj: Record<string, unknown>, headers: Record<string, string | string[]> = {}): SimResponse => ({
  status: 200,
  body: goJson(Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]))),
  headers: { ...JSON_TYPE, ...headers },
});

/** c.AbortWithStatus: a status and no body. */
export const bare = (status: number): SimResponse => ({ status });

export const redirect = (location: string, headers: Record<string, string | string[]> = {}): SimResponse => ({
  status: 307,
  body: `<a href="${location}">Temporary Redirect</a>.\n\n`,
  headers: { location, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
});

export const html = (body: string, headers: Record<string, string | string[]> = {}): SimResponse => ({
  status: 200,
  body,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache, no-store, must-revalidate', ...headers },
});

/**
 * The pages a browser loads. v2 renders Go templates whose assets carry `?<version>`
 * (web/html/common/page.html); v3 serves the Vite build with the base path, the version (panel pages
 * only) and a `<meta name="csrf-token">` injected before `</head>` (web/controller/dist.go).
 */
export function page(opts: { major: 2 | 3; basePath: string; version: string; title: string; csrf?: string; withVersion: boolean }): string {
  const { basePath, version } = opts;
  const head =
    opts.major === 2
      ? `<link rel="stylesheet" href="${basePath}assets/css/custom.min.css?${version}">` +
        `<script src="${basePath}assets/axios/axios.min.js?${version}"></script>`
      : `<script type="module" src="${basePath}assets/${opts.title}.js"></script>` +
        `<script>window.X_UI_BASE_PATH="${basePath}"${opts.withVersion ? `;window.X_UI_CUR_VER="${version}"` : ''};</script>` +
        `<meta name="csrf-token" content="${opts.csrf ?? ''}">`;
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${opts.title}</title>${head}</head><body><div id="app"></div></body></html>\n`;
}
