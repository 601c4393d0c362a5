// Interop target: SCIMMY's own protocol handling (scimmy + scimmy-routers on express) over an in-memory store.
// Only storage is ours (create, read through SCIMMY's own Filter, replace, delete); everything the harness judges
// (parsing, filtering, PATCH, paging, sorting, errors, discovery) is SCIMMY's. Usage: node server.mjs [port]
// with SCIMMY_TOKEN set; prints "listening on <base url>" once ready.
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";
import crypto from "node:crypto";

const port = Number(process.argv[2] ?? 0);
const token = process.env.SCIMMY_TOKEN;
if (!token) {
  console.error("SCIMMY_TOKEN is not set");
  process.exit(2);
}

function store(resourceType, uniqueAttribute) {
  const records = new Map();
  resourceType
    .ingress((resource, data) => {
      const id = resource.id ?? crypto.randomUUID();
      if (resource.id && !records.has(id)) throw new SCIMMY.Types.Error(404, null, `Resource ${id} not found`);
      const wanted = String(data[uniqueAttribute]).toLowerCase();
      if ([...records.values()].some(r => r.id !== id && String(r[uniqueAttribute]).toLowerCase() === wanted))
        throw new SCIMMY.Types.Error(409, "uniqueness", `${uniqueAttribute} already in use`);
      const now = new Date().toISOString();
      const record = { ...JSON.parse(JSON.stringify(data)), id, meta: { created: records.get(id)?.meta?.created ?? now, lastModified: now } };
      records.set(id, record);
      return record;
    })
    .egress((resource) => {
      if (resource.id) {
        const found = records.get(resource.id);
        if (!found) throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
        return found;
      }
      const all = [...records.values()];
      return resource.filter ? resource.filter.match(all) : all;
    })
    .degress((resource) => {
      if (!records.delete(resource.id)) throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
    });
}

SCIMMY.Resources.declare(SCIMMY.Resources.User);
SCIMMY.Resources.declare(SCIMMY.Resources.Group);
SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false);
store(SCIMMY.Resources.User, "userName");
store(SCIMMY.Resources.Group, "displayName");
SCIMMY.Config.set({ patch: { supported: true }, filter: { supported: true, maxResults: 200 }, sort: { supported: true } });

const app = express();
app.use("/scim/v2", new SCIMMYRouters({
  type: "bearer",
  handler: (request) => {
    if (request.header("Authorization") !== `Bearer ${token}`) throw new Error("Authorization failed");
    return "interop-client";
  },
}));
const server = app.listen(port, "127.0.0.1", () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/scim/v2`);
});
