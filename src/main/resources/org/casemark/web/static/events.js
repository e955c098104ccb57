// Server-Sent Events over fetch(): EventSource cannot send an Authorization header, so the stream is read from
// the response body and parsed here (event:/data: lines, a blank line ends an event).

/** Calls onEvent(name, data) for each event of GET `path` until the stream ends; resolves then. */
export async function follow(path, key, onEvent) {
  const res = await fetch(path, { headers: { Accept: "text/event-stream", Authorization: "Bearer " + key } });
  if (!res.ok) throw new Error("the progress stream answered " + res.status);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let name = "message";
  let data = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let nl;
    while ((nl = buffer.search(/\r?\n/)) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + (buffer[nl] === "\r" ? 2 : 1));
      if (line === "") {
        if (data.length) onEvent(name, data.join("\n"));
        name = "message";
        data = [];
      } else if (line.startsWith("event:")) {
        name = line.slice(6).trim();
      } else if (line.startsWith("data:")) {
        data.push(line.slice(5).replace(/^ /, ""));
      }
    }
  }
}
