// A tiny typed wrapper around fetch for the registries' APIs.
//
//   import { createClient, type zaken } from "./index";
//   const api = createClient<zaken.paths>({ baseUrl: "https://registers.example/zaken/api/v1", headers: ... });
//   const found = await api.get("/zaken", { query: { rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: bsn },
//                                          header: { "Accept-Crs": "EPSG:4326" } });
//   if (found.ok) found.data.results   // typed from the contract
//
// Paths, path parameters, query parameters, headers and the 200 body are all checked by the
// compiler against the contract. Errors come back as the problem+json body, never as a throw.

type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** The operation of `Paths[P]` for `M`, or never. */
type Operation<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P] extends { [K in M]: infer Op }
  ? (Op extends undefined ? never : Op)
  : never;

/** The paths of `Paths` that have an operation for `M`. */
export type PathsWith<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Operation<Paths, P, M> extends never ? never : P;
}[keyof Paths];

type ParamsOf<Op, Where extends "path" | "query" | "header"> = Op extends { parameters: { [K in Where]?: infer T } }
  ? (T extends undefined ? never : T)
  : never;

/** What a request needs: only the parameter groups the operation has (required ones required). */
export type RequestOptions<Op> = ([ParamsOf<Op, "path">] extends [never] ? { path?: never } : { path: ParamsOf<Op, "path"> }) &
  ([ParamsOf<Op, "query">] extends [never] ? { query?: never } : { query?: ParamsOf<Op, "query"> }) &
  ([ParamsOf<Op, "header">] extends [never] ? { header?: Record<string, string> } : { header: ParamsOf<Op, "header"> }) &
  { ifNoneMatch?: string; signal?: AbortSignal };

/** The JSON body of a 200 (or 201) answer. */
export type OkBody<Op> = Op extends { responses: { 200: { content: { "application/json": infer B } } } }
  ? B
  : Op extends { responses: { 201: { content: { "application/json": infer B } } } }
    ? B
    : unknown;

/** application/problem+json, as every API of the registries answers an error. */
export interface Problem {
  type?: string;
  code?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

export type Result<T> =
  | { ok: true; status: 200 | 201; data: T; etag: string | null; response: Response }
  | { ok: true; status: 304; data: null; etag: string | null; response: Response }
  | { ok: false; status: number; problem: Problem; response: Response };

export interface ClientOptions {
  /** The API root, e.g. https://registers.example/zaken/api/v1 (or a BFF path that forwards to it). */
  baseUrl: string;
  /** Headers for every request, e.g. the Authorization a BFF adds; may be async (a fresh token). */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  fetch?: typeof fetch;
}

function fillPath(template: string, values: Record<string, unknown> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values?.[name] ?? "")));
}

function queryString(query: Record<string, unknown> | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function createClient<Paths extends object>(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/$/, "");

  async function send<T>(method: string, url: string, header: Record<string, string> | undefined,
    init: { ifNoneMatch?: string; signal?: AbortSignal; body?: unknown }): Promise<Result<T>> {
    const headers = new Headers(options.headers ? await options.headers() : undefined);
    headers.set("Accept", "application/json");
    for (const [name, value] of Object.entries(header ?? {})) headers.set(name, value);
    if (init.ifNoneMatch) headers.set("If-None-Match", init.ifNoneMatch);
    if (init.body !== undefined) headers.set("Content-Type", "application/json");
    const response = await doFetch(url, {
      method, headers, signal: init.signal, body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const etag = response.headers.get("ETag");
    if (response.status === 304) return { ok: true, status: 304, data: null, etag, response };
    if (response.status === 200 || response.status === 201) {
      return { ok: true, status: response.status, data: (await response.json()) as T, etag, response };
    }
    const problem = (await response.json().catch(() => ({ status: response.status }))) as Problem;
    return { ok: false, status: response.status, problem, response };
  }

  return {
    /** GET one path of the contract, with its parameters. */
    get<P extends PathsWith<Paths, "get">>(path: P, request: RequestOptions<Operation<Paths, P, "get">>) {
      const r = request as { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, string> };
      const url = base + fillPath(String(path), r.path) + queryString(r.query);
      return send<OkBody<Operation<Paths, P, "get">>>("GET", url, r.header, request);
    },

    /** GET a URL the API gave (a `next` page, a resource `url`): they are absolute, used as they are. */
    getUrl<T>(url: string, request: { header?: Record<string, string>; ifNoneMatch?: string; signal?: AbortSignal } = {}) {
      return send<T>("GET", url, request.header, request);
    },

    /** POST a body to one path of the contract. */
    post<P extends PathsWith<Paths, "post">>(path: P, body: unknown,
      request: RequestOptions<Operation<Paths, P, "post">>) {
      const r = request as { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, string> };
      const url = base + fillPath(String(path), r.path) + queryString(r.query);
      return send<OkBody<Operation<Paths, P, "post">>>("POST", url, r.header, { ...request, body });
    },
  };
}

/** Every result of a paginated list, page after page, following the absolute `next` links. */
export async function* allResults<Item>(
  first: Result<{ next?: string | null; results?: Item[] }>,
  getUrl: (url: string) => Promise<Result<{ next?: string | null; results?: Item[] }>>,
): AsyncGenerator<Item> {
  let page = first;
  for (;;) {
    if (!page.ok) throw new Error(page.problem.detail ?? `HTTP ${page.status}`);
    if (page.data === null) return;
    yield* page.data.results ?? [];
    if (!page.data.next) return;
    page = await getUrl(page.data.next);
  }
}
