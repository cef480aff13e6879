// Peer test: the vendor's official JavaScript client (npm @botpress/client, pinned in
// package.json) drives our Botpress mock. Create, get, update, list (with a tags filter) and
// delete users, conversations, messages, states and table rows; print a JSON summary on stdout,
// exit 1 on the first failure (with the step and the error on stderr).
//
//   BOTPRESS_API_URL=http://127.0.0.1:PORT BOTPRESS_TOKEN=... node tests/peers/botpress_official_client.mjs

import { Client } from "@botpress/client";

const apiUrl = process.env.BOTPRESS_API_URL;
const token = process.env.BOTPRESS_TOKEN;
if (!apiUrl || !token) {
  console.error("set BOTPRESS_API_URL and BOTPRESS_TOKEN");
  process.exit(2);
}

const client = new Client({ apiUrl, token, botId: "bot_peer", retry: { retries: 0 } });
const summary = {};
let step = "start";

function check(condition, what) {
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
}

async function run(name, body) {
  step = name;
  summary[name] = await body();
}

async function users() {
  const { user: ada } = await client.createUser({ name: "Ada", tags: { "whatsapp:userId": "+15145550123" } });
  await client.createUser({ name: "Alan", tags: { "whatsapp:userId": "+15145550999" } });
  const { user: got } = await client.getUser({ id: ada.id });
  check(got.name === "Ada", "getUser returns the created user");
  const { user: renamed } = await client.updateUser({ id: ada.id, name: "Ada L.", tags: {} });
  check(renamed.name === "Ada L.", "updateUser renames");
  const { users: tagged } = await client.listUsers({ tags: { "whatsapp:userId": "+15145550123" } });
  check(tagged.length === 1 && tagged[0].id === ada.id, "listUsers filters by tags");
  const { users: all } = await client.listUsers({});
  await client.deleteUser({ id: ada.id });
  let gone = false;
  try {
    await client.getUser({ id: ada.id });
  } catch (error) {
    gone = error.type === "ResourceNotFound" && error.code === 404;
  }
  check(gone, "a deleted user is a ResourceNotFound error");
  return { id: ada.id, tagged: tagged.length, all: all.length, deleted: gone };
}

async function conversations() {
  const { conversation } = await client.createConversation({ channel: "channel", tags: { topic: "billing" } });
  await client.createConversation({ channel: "channel", tags: { topic: "sales" } });
  const { conversation: got } = await client.getConversation({ id: conversation.id });
  check(got.id === conversation.id && got.tags.topic === "billing", "getConversation");
  const { conversation: updated } = await client.updateConversation({ id: conversation.id, tags: { priority: "high" } });
  check(updated.tags.priority === "high", "updateConversation adds a tag");
  const { conversations: billing } = await client.listConversations({ tags: { topic: "billing" } });
  check(billing.length === 1 && billing[0].id === conversation.id, "listConversations filters by tags");
  await client.deleteConversation({ id: conversation.id });
  return { id: conversation.id, tagged: billing.length, updated: updated.tags.priority };
}

async function messages() {
  const { user } = await client.createUser({ name: "Grace", tags: {} });
  const { conversation } = await client.createConversation({ channel: "channel", tags: {} });
  const { message } = await client.createMessage({
    conversationId: conversation.id,
    userId: user.id,
    type: "text",
    payload: { text: "Hello" },
    tags: { kind: "greeting" },
  });
  await client.createMessage({
    conversationId: conversation.id,
    userId: user.id,
    type: "text",
    payload: { text: "Bye" },
    tags: { kind: "farewell" },
  });
  const { message: got } = await client.getMessage({ id: message.id });
  check(got.payload.text === "Hello", "getMessage");
  const { message: updated } = await client.updateMessage({ id: message.id, tags: { kind: "hello" } });
  check(updated.tags.kind === "hello", "updateMessage changes a tag");
  const { messages: listed } = await client.listMessages({ conversationId: conversation.id, tags: { kind: "hello" } });
  check(listed.length === 1 && listed[0].id === message.id, "listMessages filters by tags");
  await client.deleteMessage({ id: message.id });
  return { id: message.id, tagged: listed.length };
}

async function states() {
  const { user } = await client.createUser({ name: "Linus", tags: {} });
  const { state } = await client.setState({ type: "user", id: user.id, name: "profile", payload: { step: 1, lang: "en" } });
  check(state.payload.step === 1, "setState");
  const { state: got } = await client.getState({ type: "user", id: user.id, name: "profile" });
  check(got.payload.lang === "en", "getState");
  const { state: patched } = await client.patchState({ type: "user", id: user.id, name: "profile", payload: { step: 2 } });
  check(patched.payload.step === 2 && patched.payload.lang === "en", "patchState merges");
  const { state: kept } = await client.getOrSetState({ type: "user", id: user.id, name: "profile", payload: { step: 9 } });
  check(kept.payload.step === 2, "getOrSetState keeps the existing state");
  // Replacing the payload with null clears the state (our spec has no separate delete).
  await client.setState({ type: "user", id: user.id, name: "profile", payload: null });
  return { payload: patched.payload };
}

async function tableRows() {
  const table = "peerCustomersTable";
  await client.createTable({
    name: table,
    schema: { type: "object", properties: { email: { type: "string" }, age: { type: "number" } } },
  });
  const { rows } = await client.createTableRows({
    table,
    rows: [
      { email: "ada@example.com", age: 36 },
      { email: "alan@example.com", age: 41 },
    ],
  });
  check(rows.length === 2, "createTableRows");
  const { row } = await client.getTableRow({ table, id: rows[0].id });
  check(row.email === "ada@example.com", "getTableRow");
  const { rows: updated } = await client.updateTableRows({ table, rows: [{ id: rows[0].id, age: 37 }] });
  check(updated[0].age === 37, "updateTableRows");
  const { rows: found } = await client.findTableRows({ table, filter: { age: { $gt: 40 } } });
  check(found.length === 1 && found[0].email === "alan@example.com", "findTableRows filters");
  const { deletedRows } = await client.deleteTableRows({ table, ids: [rows[1].id] });
  check(deletedRows === 1, "deleteTableRows");
  const { tables } = await client.listTables({ tags: {} });
  await client.deleteTable({ table });
  return { created: rows.length, found: found.length, deleted: deletedRows, tables: tables.length };
}

try {
  await run("users", users);
  await run("conversations", conversations);
  await run("messages", messages);
  await run("states", states);
  await run("tableRows", tableRows);
  console.log(JSON.stringify(summary));
} catch (error) {
  const detail = error && typeof error === "object" ? { type: error.type, code: error.code, message: error.message } : { error: String(error) };
  console.error(JSON.stringify({ step, ...detail }));
  process.exit(1);
}
