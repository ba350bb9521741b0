import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportFileName, exportLines, type ExportFormat } from '../../../search/index';
import type { ApiError } from '../../lib/api-types';
import { streamSearchHits } from '../../lib/engine';
import { toByteStream } from '../../lib/export-stream';
import { invalidParamsMessage } from '../../lib/messages';
import { toSearchFailure } from '../../lib/search-failure';
import { parseSearchRequest } from '../../lib/search-request';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

function errorResponse(status: number, body: ApiError): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

function isExportFormat(value: string | null): value is ExportFormat {
  return (EXPORT_FORMATS as readonly (string | null)[]).includes(value);
}

/** `/api/export?format=csv|jsonl&q=…&person=…`: every hit of the search, streamed as a file. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const params = url.searchParams;
  const format = params.get('format');
  if (params.getAll('format').length !== 1 || !isExportFormat(format)) {
    return errorResponse(400, { error: 'invalid_request', message: invalidParamsMessage('Paramètre « format » : csv ou jsonl attendu.') });
  }
  params.delete('format');
  const parsed = parseSearchRequest(params);
  if (!parsed.success) {
    return errorResponse(400, { error: 'invalid_request', message: invalidParamsMessage(parsed.error) });
  }
  let hits;
  try {
    hits = await streamSearchHits(parsed.state);
  } catch (error) {
    const { status, error: code, message } = toSearchFailure(error);
    return errorResponse(status, { error: code, message });
  }
  const body = toByteStream(exportLines(hits, format, url.origin), (error) => {
    console.error('[paragraphe] export stopped:', error);
  });
  const fileName = exportFileName(parsed.state.q, format, new Date());
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'Content-Type': EXPORT_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${fileName}"`,
    },
  });
}
