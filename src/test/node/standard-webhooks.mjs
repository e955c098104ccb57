// Line protocol for casemark's tests: each stdin line is a JSON request, each stdout line its JSON answer.
//   {"op":"verify","secret":"whsec_...","headers":{...},"body":"..."} -> {"ok":true,"payload":{...}} | {"ok":false,"error":"..."}
//   {"op":"sign","secret":"whsec_...","id":"msg_...","timestamp":1700000000,"body":"..."} -> {"ok":true,"signature":"v1,..."}
// Verification and signing are the npm package's own (standardwebhooks), never re-implemented here.
import { Webhook } from "standardwebhooks";
import readline from "node:readline";

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  let answer;
  try {
    const req = JSON.parse(line);
    const wh = new Webhook(req.secret);
    if (req.op === "verify") {
      answer = { ok: true, payload: wh.verify(req.body, req.headers) };
    } else if (req.op === "sign") {
      answer = { ok: true, signature: wh.sign(req.id, new Date(req.timestamp * 1000), req.body) };
    } else {
      answer = { ok: false, error: `unknown op ${req.op}` };
    }
  } catch (e) {
    answer = { ok: false, error: String(e && e.message ? e.message : e) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
