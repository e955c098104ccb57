package org.casemark.http;

import io.javalin.http.Context;
import org.casemark.batch.BadInput;
import org.casemark.batch.BatchInput;
import org.casemark.batch.BatchItem;
import org.casemark.batch.CsvColumns;
import org.casemark.batch.DocumentText;
import org.casemark.batch.ZipLimits;
import org.casemark.batch.ZipRefused;
import org.casemark.json.Json;

/**
 * {@code POST /v1/documents/text}: the text of one uploaded write-up (.docx, .pdf, .txt, .md, .html), read as batch
 * intake reads it, for the learner page to show and send as feedback text. Anonymous and nothing is stored; it
 * shares the feedback rate limit and the body limit of every request.
 */
final class DocumentApi {
    private final Api api;

    DocumentApi(Api api) {
        this.api = api;
    }

    void text(Context ctx) {
        api.throttleFeedback(ctx);
        if (!Multipart.is(ctx.header("Content-Type"))) {
            throw Problem.unsupportedMediaType("send the document as multipart/form-data with a file part named file");
        }
        Multipart.Part file = Multipart.parse(ctx.header("Content-Type"), ctx.bodyAsBytes()).stream()
                .filter(p -> p.name().equals("file") && p.fileName() != null && !p.fileName().isBlank()).findFirst()
                .orElseThrow(() -> Problem.invalid("file is required: one .docx, .pdf, .txt, .md or .html file"));
        String name = file.fileName().substring(Math.max(file.fileName().lastIndexOf('/'),
                file.fileName().lastIndexOf('\\')) + 1);
        if (name.length() > 200) throw Problem.invalid("the file name is over 200 characters");
        if (!DocumentText.supported(name)) {
            throw Problem.invalid(name + ": unsupported file type (give one .docx, .pdf, .txt, .md or .html file)");
        }
        BatchItem item;
        try {
            item = BatchInput.of(name, file.bytes(), new CsvColumns("id", "text", null), ZipLimits.defaults())
                    .items().get(0);
        } catch (BadInput | ZipRefused e) {
            throw Problem.invalid(e.getMessage());
        }
        if (item.error() != null) throw Problem.invalid(item.error());
        if (item.text().isBlank()) throw Problem.invalid(name + ": the document has no text");
        Api.json(ctx, 200, Json.MAPPER.createObjectNode().put("name", name).put("text", item.text()));
    }
}
