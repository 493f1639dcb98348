/**
 * The event Apps Script passes to doGet for a request to the web app's address, built from the
 * URL as Apps Script documents it: `parameter` holds the first value of each query parameter,
 * `parameters` every value, `queryString` the raw query, `pathInfo` what follows /exec/.
 */
export function doGetEvent(url: string): GoogleAppsScript.Events.DoGet {
  const u = new URL(url);
  const parameter: Record<string, string> = {};
  const parameters: Record<string, string[]> = {};
  for (const [k, v] of u.searchParams) {
    if (!(k in parameter)) parameter[k] = v;
    (parameters[k] ??= []).push(v);
  }
  const path = u.pathname.split('/exec')[1] ?? '';
  return { parameter, parameters, queryString: u.search.replace(/^\?/, ''), pathInfo: path.replace(/^\//, ''), contextPath: '', contentLength: -1 };
}
