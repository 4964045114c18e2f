// A resident's zaken, newest first, with their status: the first page of a portal.
// Runs in a browser (against a BFF that adds the token) or in Node 18+ (with a token of its own).
import { allResults, createClient, type zaken } from "../src/index";

// The Zaken API's coordinates (zaakgeometrie): the contract asks both headers on every read.
const CRS = { "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326" } as const;

type Zaak = zaken.components["schemas"]["Zaak"];

export async function mijnZaken(apiRoot: string, bsn: string, token: () => Promise<string>): Promise<Zaak[]> {
  const api = createClient<zaken.paths>({
    baseUrl: apiRoot,
    headers: async () => ({ Authorization: `Bearer ${await token()}` }),
  });
  const first = await api.get("/zaken", {
    query: { rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn: bsn },
    header: CRS,
  });
  const found: Zaak[] = [];
  for await (const zaak of allResults(first, (url) => api.getUrl(url, { header: CRS }))) {
    found.push(zaak);
  }
  return found.sort((a, b) => (b.startdatum ?? "").localeCompare(a.startdatum ?? ""));
}

/** One zaak, asked again only when it changed: the ETag of the last answer goes along. */
export async function zaakOpnieuw(apiRoot: string, uuid: string, token: string, known?: { etag: string; zaak: Zaak }) {
  const api = createClient<zaken.paths>({ baseUrl: apiRoot, headers: () => ({ Authorization: `Bearer ${token}` }) });
  const answer = await api.get("/zaken/{uuid}", {
    path: { uuid },
    header: CRS,
    ifNoneMatch: known?.etag,
  });
  if (!answer.ok) throw new Error(`${answer.problem.title}: ${answer.problem.detail}`);
  return answer.status === 304 ? known!.zaak : answer.data;
}
