// Invalid configs and the exact lines a user reads: file:line:column: key: sentence.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfigSync } from "../../src/config/load-config.js";
import { renderConfigErrors } from "../../src/config/messages.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

const FILE = "port-policy.config.yml";

function messagesFor(yaml: string, name = FILE): string[] {
  const root = projects.make({ [name]: yaml });
  const result = loadConfigSync({ cwd: root });
  if (result.ok) return [];
  return renderConfigErrors(result.errors, { cwd: root }).split("\n");
}

const RULES = "no-dynamic-port, no-ephemeral-port, no-privileged-port, no-registered-port-misuse, no-duplicate-port, no-browser-unsafe-port, valid-port";

const CASES: readonly { name: string; yaml: string; messages: string[] }[] = [
  {
    name: "two registry owners for one port (overlapping, not nested); a service's port inside its team's range is fine",
    yaml: 'registry:\n  "9000-9099": observability\n  "9050-9150": payments\n  "9010/tcp": grafana\n',
    messages: [
      `${FILE}:3:3: registry["9050-9150"]: "9050-9150" (payments) overlaps "9000-9099" (observability) without one containing the other, so some ports would have two owners; split the ranges, or nest a service's own ports inside its team's range.`,
    ],
  },
  {
    name: "a misspelt severity",
    yaml: "rules:\n  no-dynamic-port: eror\n",
    messages: [`${FILE}:2:20: rules.no-dynamic-port: "eror" is not one of error, warn, off (did you mean "error"?).`],
  },
  {
    name: "an unknown rule",
    yaml: "rules:\n  no-dynamic-ports: warn\n",
    messages: [`${FILE}:2:3: rules.no-dynamic-ports: "no-dynamic-ports" is not a port-policy rule (did you mean "no-dynamic-port"?); the rules are ${RULES}.`],
  },
  {
    name: "an unknown top-level key, listing the known ones but not $schema",
    yaml: "$schema: ./schema.json\nallowList: []\n",
    messages: [
      `${FILE}:2:1: allowList: "allowList" is not a setting here (did you mean "allowlist"?); the known keys are extends, rules, runtime, ephemeral, nodePortRange, registeredPorts, allowlist, kubernetes, publish, ssh, registry.`,
    ],
  },
  {
    name: "an allowlist entry without a reason",
    yaml: "allowlist:\n  - ports: 8080\n",
    messages: [
      `${FILE}:2:5: allowlist[0].reason: "reason" is required here; every allowlist entry says why the port is allowed, so that reviewers can judge it.`,
    ],
  },
  {
    name: "an allowlist entry with a blank reason",
    yaml: 'allowlist:\n  - ports: 8080\n    reason: "  "\n',
    messages: [`${FILE}:3:13: allowlist[0].reason: the reason is empty; say why the port is allowed, so that reviewers can judge the exception.`],
  },
  {
    name: "ports out of range and reversed",
    yaml: 'allowlist:\n  - { ports: 70000, reason: x }\n  - { ports: "9000-8000", reason: x }\nnodePortRange: "30000-70000"\n',
    messages: [
      `${FILE}:2:14: allowlist[0].ports: 70000 is not a valid port or range: ports are whole numbers from 0 to 65535.`,
      `${FILE}:3:14: allowlist[1].ports: "9000-8000" is not a valid port or range: range "9000-8000" ends before it starts.`,
      `${FILE}:4:16: nodePortRange: "30000-70000" is not a valid port or range: 70000 is above 65535, the highest port.`,
    ],
  },
  {
    name: "a malformed registry key and a blank owner",
    yaml: 'registry:\n  "8443/http": payments-api\n  "9000": ""\n',
    messages: [
      `${FILE}:2:3: registry["8443/http"]: "8443/http" is not a valid port or range: a registry key is a port or range with an optional protocol, like 8443/tcp or 9000-9099.`,
      `${FILE}:3:11: registry["9000"]: the service name is empty; name the internal service that owns these ports.`,
    ],
  },
  {
    name: "wrong types",
    yaml: "extends: [port-policy:strict, 3]\nephemeral: linux\n",
    messages: [`${FILE}:1:31: extends[1]: 3 should be a string.`, `${FILE}:2:12: ephemeral: "linux" should be a list.`],
  },
  {
    name: "an unknown runtime, ephemeral profile and protocol",
    yaml: "runtime: { kubernetes: crio }\nephemeral: [{ profile: solaris, severity: warn }]\nallowlist: [{ ports: 80, protocol: http, reason: x }]\n",
    messages: [
      `${FILE}:1:24: runtime.kubernetes: "crio" is not one of docker, docker-rootless, podman, podman-rootless, containerd, containerd-1, cri-o, openshift, portable, bare (did you mean "cri-o"?).`,
      `${FILE}:2:24: ephemeral[0].profile: "solaris" is not one of iana, linux, windows, macos, freebsd.`,
      `${FILE}:3:36: allowlist[0].protocol: "http" is not one of tcp, udp, sctp.`,
    ],
  },
  {
    name: "exposure switches with values they do not take",
    yaml: 'kubernetes: { hostPorts: [80, 70000, "9110-9100"], forbiddenServiceTypes: [ClusterIP] }\npublish: { requireHostIp: "yes" }\nssh: deny\n',
    messages: [
      `${FILE}:1:31: kubernetes.hostPorts[1]: 70000 is not a valid port or range: 70000 is above 65535, the highest port.`,
      `${FILE}:1:38: kubernetes.hostPorts[2]: "9110-9100" is not a valid port or range: range "9110-9100" ends before it starts.`,
      `${FILE}:1:76: kubernetes.forbiddenServiceTypes[0]: "ClusterIP" is not one of NodePort, LoadBalancer.`,
      `${FILE}:2:27: publish.requireHostIp: "yes" should be true or false.`,
      `${FILE}:3:6: ssh: "deny" is not one of allow, forbid.`,
    ],
  },
  {
    name: "a config that is not a mapping",
    yaml: "- rules\n",
    messages: [`${FILE}:1:1: the config must be a mapping of settings (extends, rules, allowlist, ...), not ["rules"].`],
  },
];

describe("invalid configs give exact messages", () => {
  for (const { name, yaml, messages } of CASES) {
    it(name, () => {
      expect(messagesFor(yaml)).toEqual(messages);
    });
  }

  it("gives JSON configs positions too", () => {
    expect(messagesFor('{\n  "rules": { "valid-port": "no" }\n}\n', "port-policy.config.json")).toEqual([
      'port-policy.config.json:2:28: rules.valid-port: "no" is not one of error, warn, off.',
    ]);
  });

  it("points into package.json under its portPolicy key", () => {
    expect(messagesFor('{\n  "name": "app",\n  "portPolicy": {\n    "registeredPorts": "some"\n  }\n}\n', "package.json")).toEqual([
      'package.json:4:24: portPolicy.registeredPorts: "some" is not one of well-known, all.',
    ]);
  });

  it("reports JS config errors without positions", () => {
    expect(messagesFor('export default { registeredPorts: "some" };\n', "port-policy.config.mjs")).toEqual([
      'port-policy.config.mjs: registeredPorts: "some" is not one of well-known, all.',
    ]);
  });

  it("keeps the absolute file and JSON pointer in the error data", () => {
    const root = projects.make({ [FILE]: "rules:\n  no-dynamic-port: eror\n" });
    expect(loadConfigSync({ cwd: root })).toEqual({
      ok: false,
      errors: [
        {
          file: join(root, FILE),
          pointer: "/rules/no-dynamic-port",
          code: "notOneOf",
          data: { value: '"eror"', allowed: "error, warn, off", hint: ' (did you mean "error"?)' },
          line: 2,
          column: 20,
        },
      ],
    });
  });
});

