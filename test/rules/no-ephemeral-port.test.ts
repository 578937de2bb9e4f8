// no-ephemeral-port through ESLint: Linux's ephemeral range below 49152 (parse-server's test
// server on 34567), the profiles from options and settings, and the dynamic range it leaves to
// no-dynamic-port. The listener API forms are covered by no-dynamic-port's suite (one collection).
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

const USER = "user range 1024–49151";
const LINUX = { class: USER, profile: "Linux", range: "32768–60999", below: 32767, reserve: "reserve it in net.ipv4.ip_local_reserved_ports" };

ruleTester.run("no-ephemeral-port", ruleOf("no-ephemeral-port"), {
  valid: [
    valid('const express = require("express");\nexpress().listen(32767);', { name: "just below Linux's range" }),
    valid('const express = require("express");\nexpress().listen(50000);\nexpress().listen(49152);', { name: "the dynamic range is no-dynamic-port's alone" }),
    valid('const express = require("express");\nexpress().listen(0);', { name: "port 0 lets the OS pick" }),
    valid('const express = require("express");\nexpress().listen(34567);', { options: [{ ephemeral: [] }], name: "no profiles: nothing to check" }),
    valid('const express = require("express");\nexpress().listen(34567);', { options: [{ ephemeral: [{ profile: "windows" }] }], name: "Windows' range is the dynamic range" }),
    valid('const express = require("express");\nexpress().listen(34567);', {
      options: [{ allowlist: [{ ports: { from: 34567, to: 34567 }, rules: ["no-ephemeral-port"], reason: "test server, reserved in ip_local_reserved_ports on CI" }] }],
      name: "allowlisted for this rule",
    }),
    valid('const express = require("express");\nexpress().listen(34567);', {
      settings: { "port-policy": { allowlist: [{ ports: { from: 34567, to: 34567 }, rules: ["no-dynamic-port"], reason: "written before the split" }] } },
      name: "allowlisted for no-dynamic-port, as entries were before the split",
    }),
    valid('import net from "net";\nnet.connect(34567, "db");', { name: "an outgoing connection" }),
  ],
  invalid: [
    invalid('const express = require("express");\nconst app = express();\napp.listen(«34567»);', "ephemeral", { data: { ...LINUX, subject: "Port 34567" } }),
    invalid('import express from "express";\nexpress().listen(process.env.PORT ?? «40000»);', "ephemeral", { data: { ...LINUX, subject: "Fallback port 40000 for PORT" } }),
    invalid('const PORT: number = «49151»;\nBun.serve({ port: PORT, fetch });', "ephemeral", TS),
    invalid('const express = require("express");\nexpress().listen(«34567»);', "ephemeral", { settings: { "port-policy": { preset: "strict" } }, name: "strict preset via settings" }),
    invalid('const express = require("express");\nexpress().listen(«12000»);', "ephemeral", {
      settings: { "port-policy": { ephemeral: [{ profile: "freebsd" }] } },
      data: { subject: "Port 12000", class: USER, profile: "FreeBSD", range: "10000–65535", below: 9999, reserve: "raise net.inet.ip.portrange.first" },
      name: "FreeBSD's range from settings",
    }),
    invalid('const express = require("express");\nexpress().listen(«34567»);', "ephemeral", {
      options: [{ ephemeral: [{ profile: "linux", severity: "error" }] }],
      name: "an old-style profile with a severity is still valid (ESLint's severity decides)",
    }),
  ],
});

describe("no-ephemeral-port in configs.recommended", () => {
  const linter = new Linter({ configType: "flat" });
  const code = 'const express = require("express");\nconst app = express();\napp.listen(34567);\napp.listen(50000);\n';
  const rows = (config: Linter.Config[]) => linter.verify(code, config, { filename: "spec/ParseHooks.spec.js" }).map((m) => [m.ruleId, m.line, m.column, m.severity]);

  it("is a warning (severity 1) beside no-dynamic-port's error for 50000, one finding each", () => {
    expect(rows(plugin.configs.recommended)).toEqual([
      ["port-policy/no-ephemeral-port", 3, 12, 1],
      ["port-policy/no-dynamic-port", 4, 12, 2],
    ]);
  });

  it("is an error in configs.strict", () => {
    expect(rows(plugin.configs.strict)).toEqual([
      ["port-policy/no-ephemeral-port", 3, 12, 2],
      ["port-policy/no-dynamic-port", 4, 12, 2],
    ]);
  });
});
