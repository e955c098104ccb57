// Downloads that need the API key: fetched with it, then handed to the browser as a file (a plain link cannot
// carry an Authorization header).
import { call } from "./api.js";

export async function download(path, fileName) {
  const res = await call(path, { auth: true });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
