package org.casemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;

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

/** Reads essays from text files or a JSONL file; a line that cannot be read becomes an {@link Item} with an error. */
final class Inputs {

    /** One essay to grade, or the reason it cannot be ({@code error} non-null). {@code json} holds the whole line. */
    record Item(String id, String text, String error, JsonNode json, String where) {
    }

    private Inputs() {
    }

    static List<Item> files(List<String> names) {
        List<Item> out = new ArrayList<>();
        for (String name : names) {
            Path p = Path.of(name);
            String id = p.getFileName().toString().replaceFirst("\\.(txt|md|markdown)$", "");
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
            bytes = Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new Main.UsageException(name + ": no such file");
        } catch (IOException e) {
            throw new Main.UsageException(name + ": cannot read: " + e.getMessage());
        }
        List<Item> out = new ArrayList<>();
        int lineNo = 0, from = 0;
        while (from < bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') to++;
            lineNo++;
            String where = name + ":" + lineNo;
            byte[] line = java.util.Arrays.copyOfRange(bytes, from, to);
            from = to + 1;
            String text;
            try {
                text = decode(line).strip();
            } catch (CharacterCodingException e) {
                out.add(new Item("line-" + lineNo, null, where + ": not valid UTF-8", null, where));
                continue;
            }
            if (text.isEmpty()) {
                out.add(new Item("line-" + lineNo, null, where + ": blank line", null, where));
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(text);
            } catch (IOException e) {
                String msg = e.getMessage().split("\n")[0];
                out.add(new Item("line-" + lineNo, null, where + ": not valid JSON: " + msg, null, where));
                continue;
            }
            if (node == null || !node.isObject()) {
                out.add(new Item("line-" + lineNo, null, where + ": expected a JSON object {\"id\", \"text\"}", null, where));
                continue;
            }
            JsonNode idNode = node.get("id");
            String id = idNode == null || idNode.isNull() ? "line-" + lineNo : idNode.asText();
            JsonNode t = node.get("text");
            if (t == null || !t.isTextual()) {
                out.add(new Item(id, null, where + ": missing \"text\" (a string)", node, where));
            } else {
                out.add(new Item(id, t.asText(), null, node, where));
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
