package org.casemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.batch.JsonLines;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads essays from text files or a JSONL file (see {@link JsonLines}); a line that cannot be read becomes an {@link Item} with an error. */
final class Inputs {

    /** One essay to grade, or the reason it cannot be ({@code error} non-null). {@code json} holds the whole line. */
    record Item(String id, String text, String error, JsonNode json, String where) {
    }

    private Inputs() {
    }

    static List<Item> files(List<Path> paths) {
        List<Item> out = new ArrayList<>();
        for (Path p : paths) {
            String name = p.toString();
            String id = p.getFileName().toString().replaceFirst("\\.(txt|md|markdown)$", "");
            if (Files.isDirectory(p)) {
                throw new Main.UsageException(name + " is a folder: grade a class with casemark batch --input " + name);
            }
            try {
                out.add(new Item(id, decode(Files.readAllBytes(p)), null, null, name));
            } catch (CharacterCodingException e) {
                out.add(new Item(id, null, name + ": not valid UTF-8", null, name));
            } catch (NoSuchFileException e) {
                throw new Main.UsageException(name + ": no such file");
            } catch (IOException e) {
                throw new Main.UsageException(name + ": cannot read: " + e.getMessage());
            }
        }
        return out;
    }

    static List<Item> jsonl(String name) {
        byte[] bytes;
        try {
            if (Files.isDirectory(Path.of(name))) {
                throw new Main.UsageException(name + " is a folder: grade a class with casemark batch --input " + name);
            }
            bytes = Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new Main.UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new Main.UsageException(name + ": cannot read: " + e.getMessage());
        }
        List<Item> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.parse(name, bytes)) {
            String fallback = "line-" + line.number();
            if (line.json() == null) {
                out.add(new Item(fallback, null, line.error(), null, line.where()));
                continue;
            }
            JsonNode idNode = line.json().get("id");
            String id = idNode == null || idNode.isNull() ? fallback : idNode.asText();
            JsonNode t = line.json().get("text");
            if (t == null || !t.isTextual()) {
                out.add(new Item(id, null, line.where() + ": missing \"text\" (a string)", line.json(), line.where()));
            } else {
                out.add(new Item(id, t.asText(), null, line.json(), line.where()));
            }
        }
        return out;
    }

    /** Strict UTF-8; a leading byte-order mark (as spreadsheet exports write) is dropped. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
