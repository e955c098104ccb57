package org.casemark.http;

import org.casemark.batch.Documents;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /v1/documents/text}: the learner page's upload. A .docx or .pdf comes back as its text, read as
 * batch intake reads it; anything else is a problem naming what is accepted.
 */
class DocumentTextHttpTest extends StartedServer {
    static TestServer.Response upload(String name, byte[] bytes) throws Exception {
        String boundary = "----casemark-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return s.send(HttpRequest.newBuilder(s.uri("/v1/documents/text"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void aDocxOrPdfComesBackAsItsText() throws Exception {
        TestServer.Response docx = upload("essay.docx", Documents.docx(List.of("My system is a chatbot.",
                "It was trained on chat logs <b>from 2022</b>.")));
        assertEquals(200, docx.status(), docx.toString());
        assertEquals("essay.docx", docx.json().path("name").asText());
        assertTrue(docx.json().path("text").asText().contains("It was trained on chat logs <b>from 2022</b>."));
        OpenApiMatchesGradesTest.covers("DocumentText", docx.json());

        TestServer.Response pdf = upload("essay.pdf", Documents.pdf(List.of("The designers wanted correct answers.")));
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.json().path("text").asText().contains("The designers wanted correct answers."));
    }

    @Test
    void anythingElseIsAProblem() throws Exception {
        TestServer.Response zip = upload("class.zip", Documents.zip(java.util.Map.of("a.txt", "x".getBytes())));
        assertEquals(422, zip.status());
        assertTrue(zip.json().path("detail").asText().contains("give one .docx, .pdf"), zip.toString());
        assertEquals(422, upload("essay.docx", "not a docx".getBytes()).status());
        assertEquals(415, s.postJson("/v1/documents/text", "{}").status());
    }
}
